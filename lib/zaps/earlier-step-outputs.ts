import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig, ZapStep } from "@/lib/zaps/schema";
import { stepNumber } from "@/lib/zaps/step-number";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import { stepTestState, type StepTestState } from "@/lib/zaps/step-test-state";

export interface EarlierStepOutput {
  stepId: string;
  /** As people count steps (the trigger is 1). */
  number: number;
  state: StepTestState;
  /** The tested output while it is current ("tested"), else the catalog's example output. */
  output: unknown;
}

/**
 * What each step before `before` hands later steps when the zap is tested: the same for the builder's
 * previews and data picker and for the server's step tests, so a preview shows what a test sends.
 * Steps whose type is unknown (exampleOutput gives undefined) are left out.
 */
export function earlierStepOutputs({
  steps,
  before,
  stepTests,
  sampleEventId,
  exampleOutput,
}: {
  /** The zap's steps; filter steps hand on nothing. */
  steps: readonly ZapStep[];
  before: number;
  stepTests: StepTests;
  sampleEventId: string | null;
  exampleOutput: (step: StepConfig) => unknown;
}): EarlierStepOutput[] {
  const actions = steps.filter((step): step is StepConfig => !isFilterStep(step));
  return steps.slice(0, before).flatMap((step, index) => {
    if (isFilterStep(step)) return [];
    const example = exampleOutput(step);
    if (example === undefined) return [];
    const test = Object.hasOwn(stepTests, step.id) ? stepTests[step.id] : undefined;
    const state = stepTestState({ test, step, sampleEventId, steps: actions, stepTests });
    return [{ stepId: step.id, number: stepNumber({ index }), state, output: state === "tested" && test ? test.output : example }];
  });
}
