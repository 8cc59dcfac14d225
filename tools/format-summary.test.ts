import { expect, test } from "vitest";
import { formatSummary } from "@/tools/format-summary";

test("ends with exactly `N passed, N failed`, counting each check as one", () => {
  const lines = formatSummary({
    stages: [
      { name: "typecheck", kind: "check", status: "passed", passed: 1, failed: 0, skipped: 0, ms: 4_000 },
      { name: "lint", kind: "check", status: "failed", passed: 0, failed: 1, skipped: 0, ms: 5_000 },
      { name: "vitest", kind: "tests", status: "failed", passed: 110, failed: 2, skipped: 3, ms: 20_000 },
      { name: "e2e", kind: "tests", status: "skipped", passed: 0, failed: 0, skipped: 0, ms: 0, note: "SKIP_E2E=1" },
    ],
  });
  expect(lines.at(-1)).toBe("111 passed, 3 failed");
  expect(lines).toContain("  lint       FAILED (5.0 s)");
  expect(lines).toContain("  vitest     110 passed, 2 failed, 3 skipped (20.0 s)");
  expect(lines).toContain("  e2e        skipped - SKIP_E2E=1");
});

test("lists the failed tests above the last line, at most 20", () => {
  const failures = Array.from({ length: 22 }, (_, index) => `lib/a.test.ts > case ${index}: boom`);
  const lines = formatSummary({
    stages: [{ name: "vitest", kind: "tests", status: "failed", passed: 1, failed: 22, skipped: 0, ms: 1_000, failures }],
  });
  expect(lines).toContain("Failed:");
  expect(lines).toContain("  vitest: lib/a.test.ts > case 0: boom");
  expect(lines).not.toContain("  vitest: lib/a.test.ts > case 20: boom");
  expect(lines).toContain("  … and 2 more (see above)");
  expect(lines.at(-1)).toBe("1 passed, 22 failed");
});
