import type { StageResult } from "@/tools/stage-result";

const MAX_FAILURES_SHOWN = 20;

/** The closing table of `npm test`; its last line is always exactly `N passed, N failed`. */
export function formatSummary({ stages }: { stages: StageResult[] }): string[] {
  const width = Math.max(...stages.map((stage) => stage.name.length), 8);
  const rows = stages.map((stage) => {
    const outcome =
      stage.status === "skipped"
        ? "skipped"
        : stage.kind === "check"
          ? stage.status === "passed"
            ? "passed"
            : "FAILED"
          : `${stage.passed} passed, ${stage.failed} failed${stage.skipped > 0 ? `, ${stage.skipped} skipped` : ""}`;
    const time = stage.status === "skipped" ? "" : ` (${(stage.ms / 1000).toFixed(1)} s)`;
    return `  ${stage.name.padEnd(width)}  ${outcome}${time}${stage.note ? ` - ${stage.note}` : ""}`;
  });
  const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
  const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
  // Listed here too because a stage's own report has scrolled far up by the end (CI keeps the tail).
  const failures = stages.flatMap((stage) => (stage.failures ?? []).map((failure) => `  ${stage.name}: ${failure}`));
  const shown = failures.slice(0, MAX_FAILURES_SHOWN);
  if (failures.length > shown.length) shown.push(`  … and ${failures.length - shown.length} more (see above)`);
  return ["", "Summary:", ...rows, ...(shown.length > 0 ? ["", "Failed:", ...shown] : []), "", `${passed} passed, ${failed} failed`];
}
