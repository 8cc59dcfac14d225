import type { StepState } from "@/components/builder/step-frame";
import type { ZapDraftState } from "@/components/builder/zap-draft-reducer";

/** The messages of what stops the draft from publishing at one place ("zap", "trigger", "filter", "steps" or a step id). */
export function problemsAt(state: Pick<ZapDraftState, "problems">, where: string): string[] {
  return state.problems.filter((problem) => problem.where === where).map((problem) => problem.message);
}

/** A place's badge: ready without problems; its problems count as errors only after a refused publish. */
export function stepStateOf(state: Pick<ZapDraftState, "problems" | "publishAttempted">, where: string): StepState {
  if (problemsAt(state, where).length === 0) return "ready";
  return state.publishAttempted ? "error" : "incomplete";
}
