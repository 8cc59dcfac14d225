import type { JsonValue } from "@/lib/json-value";
import type { FilterStepOutput } from "@/lib/runs/record-filter-step";
import type { RunStepDetail } from "@/lib/runs/schema";

/** A filter step as the run history shows it (RunStepCard): the rules it checked and its verdict; `names` in the viewer's language. */
export function filterStepDetail({
  index,
  startedAt,
  verdict,
  names = { appName: "Filter", actionName: "Only continue if…" },
}: {
  index: number;
  startedAt: Date;
  verdict: FilterStepOutput;
  names?: { appName: string; actionName: string };
}): RunStepDetail {
  const output = JSON.parse(JSON.stringify(verdict)) as JsonValue;
  return {
    stepIndex: index,
    app: "filter",
    action: "filter",
    ...names,
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
