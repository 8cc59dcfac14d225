import { stableJson } from "@/lib/zaps/stable-json";
import type { StepConfig } from "@/lib/zaps/schema";
import type { StepTest, StepTests } from "@/lib/zaps/step-test-schema";

/**
 * Whether later steps may map from a step's tested output: "tested" while the step (app, action,
 * connection, inputs), the sample event and the earlier steps' tests are those of the test; else why not.
 */
export type StepTestState = "tested" | "untested" | "step_changed" | "sample_changed" | "earlier_changed";

export function stepTestState({
  test,
  step,
  sampleEventId,
  steps = [],
  stepTests = {},
}: {
  test: StepTest | undefined;
  step: StepConfig;
  sampleEventId: string | null;
  /** The zap's steps and kept tests: a test is stale once an earlier step it mapped from changed or was tested again. */
  steps?: readonly StepConfig[];
  stepTests?: StepTests;
}): StepTestState {
  if (!test) return "untested";
  const current: Partial<StepConfig> = { ...step };
  delete current.id;
  if (stableJson(test.step) !== stableJson(current)) return "step_changed";
  if (test.sampleEventId !== sampleEventId) return "sample_changed";
  const index = steps.findIndex((candidate) => candidate.id === step.id);
  for (const earlier of steps.slice(0, Math.max(index, 0))) {
    const earlierTest = Object.hasOwn(stepTests, earlier.id) ? stepTests[earlier.id] : undefined;
    if (!earlierTest) continue;
    // Tested again after this test, or changed since: this test mapped from values that are gone.
    if (earlierTest.testedAt > test.testedAt) return "earlier_changed";
    if (stepTestState({ test: earlierTest, step: earlier, sampleEventId, steps, stepTests }) !== "tested") return "earlier_changed";
  }
  return "tested";
}
