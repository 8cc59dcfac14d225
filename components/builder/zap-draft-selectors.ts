import type { StepState } from "@/components/builder/step-frame";
import type { ZapDraftState } from "@/components/builder/zap-draft-reducer";
import type { Translate } from "@/lib/i18n/translator";
import type { BuilderCatalog } from "@/lib/zaps/builder-catalog";
import { earlierStepOutputs } from "@/lib/zaps/earlier-step-outputs";
import { exampleOutputNote } from "@/lib/zaps/example-output-note";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import { sampleEventId } from "@/lib/zaps/sample-event-id";
import type { StepConfig } from "@/lib/zaps/schema";
import type { StepTest } from "@/lib/zaps/step-test-schema";
import { stepTestState, type StepTestState } from "@/lib/zaps/step-test-state";

/** The messages of what stops the draft from publishing at one place ("zap", "trigger", "filter", "steps" or a step id). */
export function problemsAt(state: Pick<ZapDraftState, "problems">, where: string): string[] {
  return state.problems.filter((problem) => problem.where === where).map((problem) => problem.message);
}

/** A place's badge: ready without problems; its problems count as errors only after a refused publish. */
export function stepStateOf(state: Pick<ZapDraftState, "problems" | "publishAttempted">, where: string): StepState {
  if (problemsAt(state, where).length === 0) return "ready";
  return state.publishAttempted ? "error" : "incomplete";
}

/** Why earlier steps' example values stand in for real ones in a step's previews, one sentence per step: what its test will say too. */
export function exampleNotesFor({
  state,
  catalog,
  sample,
  index,
  t,
}: {
  state: Pick<ZapDraftState, "definition" | "stepTests">;
  catalog: BuilderCatalog;
  sample: unknown;
  index: number;
  t: Translate;
}): string[] {
  const earlier = earlierStepOutputs({
    steps: state.definition.steps,
    before: index,
    stepTests: state.stepTests,
    sampleEventId: sampleEventId(sample),
    exampleOutput: (step) => catalog.stepTypes.find((entry) => entry.app === step.app && entry.key === step.key)?.sampleOutput,
  });
  return earlier.flatMap((output) => exampleOutputNote({ ...output, t }) ?? []);
}

/** A step's kept test and whether later steps use it (see stepTestState). */
export function stepTestOf({ state, step, sample }: { state: Pick<ZapDraftState, "definition" | "stepTests">; step: StepConfig; sample: unknown }): {
  test: StepTest | undefined;
  state: StepTestState;
} {
  const test = Object.hasOwn(state.stepTests, step.id) ? state.stepTests[step.id] : undefined;
  return {
    test,
    state: stepTestState({
      test,
      step,
      sampleEventId: sampleEventId(sample),
      steps: state.definition.steps.filter((other): other is StepConfig => !isFilterStep(other)),
      stepTests: state.stepTests,
    }),
  };
}
