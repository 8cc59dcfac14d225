import type { StepTestState } from "@/lib/zaps/step-test-state";

/** Why a step's example output stood in for its real one, in a sentence; null when its tested output was used. */
export function exampleOutputNote({ number, state }: { number: number; state: StepTestState }): string | null {
  switch (state) {
    case "tested":
      return null;
    case "untested":
      return `Step ${number} was not tested: its example values were used.`;
    case "step_changed":
      return `Step ${number} changed after its test, so its tested values are stale: its example values were used. Test step ${number} again.`;
    case "sample_changed":
      return `Step ${number} was tested with another sample event, so its tested values are stale: its example values were used. Test step ${number} again.`;
    case "earlier_changed":
      return `Step ${number} was tested before an earlier step changed or was tested again, so its tested values are stale: its example values were used. Test step ${number} again.`;
  }
}
