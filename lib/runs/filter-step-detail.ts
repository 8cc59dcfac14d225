import type { JsonValue } from "@/lib/json-value";
import type { FilterStepOutput } from "@/lib/runs/record-filter-step";
import type { RunStepDetail } from "@/lib/runs/schema";

/** A filter step as the run history shows it (RunStepCard): the rules it checked and its verdict. */
export function filterStepDetail({ index, startedAt, verdict }: { index: number; startedAt: Date; verdict: FilterStepOutput }): RunStepDetail {
  const output = JSON.parse(JSON.stringify(verdict)) as JsonValue;
  return {
    stepIndex: index,
    app: "filter",
    action: "filter",
    appName: "Filter",
    actionName: "Only continue if…",
    input: null,
    requests: [],
    output,
    status: verdict.passed ? "SUCCEEDED" : "SKIPPED",
    error: null,
    durationMs: Date.now() - startedAt.getTime(),
    startedAt: startedAt.toISOString(),
    carriedOver: false,
    confirmedAt: null,
    effect: null,
  };
}
