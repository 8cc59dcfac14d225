import path from "node:path";
import { z } from "zod";
import type { TestCounts } from "@/tools/test-counts";

const reportSchema = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number().default(0),
  numTodoTests: z.number().default(0),
  testResults: z
    .array(
      z.object({
        name: z.string(),
        status: z.string(),
        message: z.string().optional(),
        assertionResults: z
          .array(z.object({ status: z.string(), fullName: z.string().optional(), failureMessages: z.array(z.string()).nullish() }))
          .default([]),
      }),
    )
    .default([]),
});

const firstLine = (text: string | undefined) => (text ?? "").trim().split("\n")[0]?.slice(0, 300) ?? "";

/**
 * Counts from Vitest's JSON reporter. A file that failed before any test ran (import error, failing
 * hook) counts as one failed test, and so does a non-zero exit that the report does not explain.
 */
export function readVitestCounts({ report, exitCode }: { report: unknown; exitCode: number | null }): TestCounts {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) return { passed: 0, failed: 1, skipped: 0, note: `no usable JSON report (exit code ${exitCode ?? "none"})` };
  const data = parsed.data;
  const brokenFiles = data.testResults.filter((file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"));
  let failed = data.numFailedTests + brokenFiles.length;
  let note = brokenFiles.length > 0 ? `${brokenFiles.length} file(s) failed outside any test` : undefined;
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    note = `vitest exited with code ${exitCode ?? "none"} without a failing test (see its output)`;
  }
  const failures = data.testResults.flatMap((file) => {
    const where = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults.filter((test) => test.status === "failed");
    if (tests.length === 0) return file.status === "failed" ? [`${where}: ${firstLine(file.message)}`] : [];
    return tests.map((test) => `${where} > ${test.fullName ?? "?"}: ${firstLine(test.failureMessages?.[0])}`);
  });
  return { passed: data.numPassedTests, failed, skipped: data.numPendingTests + data.numTodoTests, note, failures };
}
