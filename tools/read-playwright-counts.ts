import { z } from "zod";
import type { TestCounts } from "@/tools/test-counts";

const reportSchema = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
  errors: z.array(z.object({ message: z.string().optional() })).default([]),
  suites: z.array(z.unknown()).default([]),
});

type Suite = { title?: string; specs?: Spec[]; suites?: Suite[] };
type Spec = { title?: string; file?: string; line?: number; tests?: { status?: string; results?: { error?: { message?: string } }[] }[] };

const firstLine = (text: string | undefined) => (text ?? "").trim().split("\n")[0]?.slice(0, 300) ?? "";

/** "a.spec.ts:12 > describe > title: first error line" for each test that failed or was flaky. Top-level suites are files; nested ones are describe blocks. */
function failedSpecs(suites: Suite[], describes: string[] = [], fileLevel = true): string[] {
  return suites.flatMap((suite) => {
    const titles = fileLevel ? describes : [...describes, suite.title ?? ""];
    const own = (suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((test) => test.status === "unexpected" || test.status === "flaky")
        .map((test) => {
          const error = test.results?.find((result) => result.error)?.error?.message;
          const name = [...titles, spec.title ?? ""].join(" > ");
          return `${spec.file ?? "?"}:${spec.line ?? "?"} > ${name}${test.status === "flaky" ? " (flaky)" : ""}: ${firstLine(error)}`;
        }),
    );
    return [...own, ...failedSpecs(suite.suites ?? [], titles, false)];
  });
}

/**
 * Counts from Playwright's JSON reporter. Flaky tests (failed, then passed on retry) count as
 * failed; errors outside tests (global setup, config) and an unexplained non-zero exit count as one.
 */
export function readPlaywrightCounts({ report, exitCode }: { report: unknown; exitCode: number | null }): TestCounts {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) return { passed: 0, failed: 1, skipped: 0, note: `no usable JSON report (exit code ${exitCode ?? "none"})` };
  const { stats, errors, suites } = parsed.data;
  let failed = stats.unexpected + stats.flaky;
  const notes: string[] = [];
  if (stats.flaky > 0) notes.push(`${stats.flaky} flaky`);
  if (errors.length > 0) {
    notes.push(`${errors.length} error(s) outside tests: ${errors[0]?.message?.split("\n")[0] ?? ""}`);
    if (failed === 0) failed = 1;
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`playwright exited with code ${exitCode ?? "none"} without a failing test`);
  }
  return { passed: stats.expected, failed, skipped: stats.skipped, note: notes.join("; ") || undefined, failures: failedSpecs(suites as Suite[]) };
}
