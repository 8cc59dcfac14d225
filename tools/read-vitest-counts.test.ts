import { describe, expect, test } from "vitest";
import { readVitestCounts } from "@/tools/read-vitest-counts";

// Shaped like Vitest 4's JSON reporter output (measured: a failing test, a skip, a todo, and a file
// whose import fails, which Vitest reports as a failed file with no tests).
const report = {
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [
    { name: "/p/a.test.ts", status: "failed", assertionResults: [{ status: "passed" }, { status: "failed" }, { status: "skipped" }, { status: "todo" }] },
    { name: "/p/broken.test.ts", status: "failed", assertionResults: [] },
  ],
};

describe("readVitestCounts", () => {
  test.each([
    { what: "failed tests and a file that failed to load", report, exitCode: 1, expected: { passed: 1, failed: 2, skipped: 2 } },
    {
      what: "a clean run",
      report: {
        numPassedTests: 5,
        numFailedTests: 0,
        numPendingTests: 0,
        numTodoTests: 0,
        testResults: [{ name: "/p/x.test.ts", status: "passed", assertionResults: [] }],
      },
      exitCode: 0,
      expected: { passed: 5, failed: 0, skipped: 0 },
    },
    {
      what: "a non-zero exit the report does not explain (e.g. a failing global setup)",
      report: { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] },
      exitCode: 1,
      expected: { passed: 5, failed: 1, skipped: 0 },
    },
    { what: "no report at all", report: undefined, exitCode: 1, expected: { passed: 0, failed: 1, skipped: 0 } },
  ])("$what", ({ report, exitCode, expected }) => {
    expect(readVitestCounts({ report, exitCode })).toMatchObject(expected);
  });
});

test("names each failed test, and each file that failed outside any test, with the first line of its error", () => {
  const cwd = process.cwd();
  const failing = {
    numPassedTests: 1,
    numFailedTests: 1,
    testResults: [
      {
        name: `${cwd}/lib/a.test.ts`,
        status: "failed",
        assertionResults: [
          { status: "passed", fullName: "a works" },
          { status: "failed", fullName: "a > retries", failureMessages: ["AssertionError: expected 2 to be 3\n    at x"] },
        ],
      },
      { name: `${cwd}/lib/broken.test.ts`, status: "failed", message: "Cannot find module '@/lib/gone'\nstack", assertionResults: [] },
    ],
  };
  expect(readVitestCounts({ report: failing, exitCode: 1 }).failures).toEqual([
    "lib/a.test.ts > a > retries: AssertionError: expected 2 to be 3",
    "lib/broken.test.ts: Cannot find module '@/lib/gone'",
  ]);
});
