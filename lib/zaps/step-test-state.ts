import { stableJson } from "@/lib/zaps/stable-json";
import type { StepConfig } from "@/lib/zaps/schema";
import type { StepTest } from "@/lib/zaps/step-test-schema";

/**
 * Whether later steps may map from a step's tested output: "tested" while the step (app, action,
 * connection, inputs) and the sample event are those of the test; else why not.
 */
export type StepTestState = "tested" | "untested" | "step_changed" | "sample_changed";

export function stepTestState({ test, step, sampleEventId }: { test: StepTest | undefined; step: StepConfig; sampleEventId: string | null }): StepTestState {
  if (!test) return "untested";
  const current: Partial<StepConfig> = { ...step };
  delete current.id;
  if (stableJson(test.step) !== stableJson(current)) return "step_changed";
  if (test.sampleEventId !== sampleEventId) return "sample_changed";
  return "tested";
}
