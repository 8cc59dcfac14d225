// The one table `npm run bench` prints: scenario, measure, value, target, verdict.
import type { ScenarioResult } from "@/bench/scenario";

export function formatTable({ results }: { results: ScenarioResult[] }): string[] {
  const rows: string[][] = [["scenario", "measure", "value", "target", "result"]];
  for (const result of results) {
    for (const [index, figure] of result.figures.entries()) {
      const value = figure.value === null ? "n/a" : `${figure.value}${figure.unit ? ` ${figure.unit}` : ""}`;
      // A figure from a run that lost or doubled anything is a failure, not a number.
      const verdict = !result.correct ? "FAIL (incorrect)" : figure.met === undefined || figure.met === null ? "" : figure.met ? "met" : "missed";
      rows.push([index === 0 ? result.scenario : "", figure.measure, value, figure.target ?? "", verdict]);
    }
    rows.push(["", `correctness: ${result.correct ? "ok" : "FAILED"}`, result.correctness, "", ""]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(rows[0] ?? []), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.slice(1).map(line)];
}
