import type { FilterStepConfig, ZapStep } from "@/lib/zaps/schema";

/** A filter between steps, rather than a lookup or an action. */
export function isFilterStep(step: ZapStep): step is FilterStepConfig {
  return "kind" in step && step.kind === "filter";
}
