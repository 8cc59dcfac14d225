import type { StageResult } from "@/tools/stage-result";

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
  return ["", "Summary:", ...rows, "", `${passed} passed, ${failed} failed`];
}
