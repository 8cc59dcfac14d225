// The one table `npm run bench` prints: scenario, measure, value, target, verdict; with a baseline
// (BENCH_BASELINE), each figure's value on the baseline commit from the same run, as "before".
import type { Figure, ScenarioResult } from "@/bench/scenario";

const shown = (figure: Figure | undefined) => (!figure ? "" : figure.value === null ? "n/a" : `${figure.value}${figure.unit ? ` ${figure.unit}` : ""}`);

export function formatTable({ results }: { results: ScenarioResult[] }): string[] {
  const baselines = results.filter((result) => result.baseline);
  const before = new Map(baselines.flatMap((result) => result.figures.map((figure) => [`${result.scenario}\n${figure.measure}`, figure] as const)));
  const beforeHeading = baselines[0]?.baseline ? [`before (${baselines[0].baseline})`] : [];
  const rows: string[][] = [["scenario", "measure", ...beforeHeading, "value", "target", "result"]];
  for (const result of results.filter((each) => !each.baseline)) {
    for (const [index, figure] of result.figures.entries()) {
      // A figure from a run that lost or doubled anything is a failure, not a number.
      const verdict = !result.correct ? "FAIL (incorrect)" : figure.met === undefined || figure.met === null ? "" : figure.met ? "met" : "missed";
      const beforeValue = beforeHeading.length > 0 ? [shown(before.get(`${result.scenario}\n${figure.measure}`))] : [];
      rows.push([index === 0 ? result.scenario : "", figure.measure, ...beforeValue, shown(figure), figure.target ?? "", verdict]);
    }
    const baselineResult = baselines.find((each) => each.scenario === result.scenario);
    const beforeCorrectness = beforeHeading.length > 0 ? [baselineResult ? (baselineResult.correct ? "ok" : "FAILED") : ""] : [];
    rows.push(["", `correctness: ${result.correct ? "ok" : "FAILED"}`, ...beforeCorrectness, result.correctness, "", ""]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(rows[0] ?? []), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.slice(1).map(line)];
}
