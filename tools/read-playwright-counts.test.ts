import { describe, expect, test } from "vitest";
import { readPlaywrightCounts } from "@/tools/read-playwright-counts";

const stats = (counts: { expected: number; unexpected: number; flaky: number; skipped: number }) => ({ stats: { ...counts, duration: 1 }, errors: [] });

describe("readPlaywrightCounts", () => {
  test.each([
    { what: "a clean run", report: stats({ expected: 7, unexpected: 0, flaky: 0, skipped: 1 }), exitCode: 0, expected: { passed: 7, failed: 0, skipped: 1 } },
    {
      what: "flaky tests count as failed",
      report: stats({ expected: 1, unexpected: 1, flaky: 1, skipped: 1 }),
      exitCode: 1,
      expected: { passed: 1, failed: 2, skipped: 1 },
    },
    {
      what: "an error outside any test (global setup)",
      report: { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: "globalSetup failed\nstack" }] },
      exitCode: 1,
      expected: { passed: 0, failed: 1, skipped: 0 },
    },
    {
      what: "a non-zero exit with nothing failed",
      report: stats({ expected: 3, unexpected: 0, flaky: 0, skipped: 0 }),
      exitCode: 1,
      expected: { passed: 3, failed: 1 },
    },
    { what: "no report at all", report: undefined, exitCode: 1, expected: { passed: 0, failed: 1 } },
  ])("$what", ({ report, exitCode, expected }) => {
    expect(readPlaywrightCounts({ report, exitCode })).toMatchObject(expected);
  });
});

test("names each failed or flaky test with its file, line, describe blocks and first error line", () => {
  const report = {
    ...stats({ expected: 1, unexpected: 1, flaky: 1, skipped: 0 }),
    suites: [
      {
        title: "runs.spec.ts",
        file: "runs.spec.ts",
        specs: [
          { title: "passes", file: "runs.spec.ts", line: 3, tests: [{ status: "expected", results: [{}] }] },
          { title: "replays", file: "runs.spec.ts", line: 9, tests: [{ status: "unexpected", results: [{ error: { message: "Timed out\n  at x" } }] }] },
        ],
        suites: [
          {
            title: "in pt-BR",
            specs: [{ title: "signs up", file: "runs.spec.ts", line: 20, tests: [{ status: "flaky", results: [{ error: { message: "expected 1" } }, {}] }] }],
          },
        ],
      },
    ],
  };
  expect(readPlaywrightCounts({ report, exitCode: 1 }).failures).toEqual([
    "runs.spec.ts:9 > replays: Timed out",
    "runs.spec.ts:20 > in pt-BR > signs up (flaky): expected 1",
  ]);
});
