import type { Translate } from "@/lib/i18n/translator";
import type { StepTestState } from "@/lib/zaps/step-test-state";

/** Why a step's example output stood in for its real one, in a sentence; null when its tested output was used. */
export function exampleOutputNote({ number, state, t }: { number: number; state: StepTestState; t: Translate }): string | null {
  switch (state) {
    case "tested":
      return null;
    case "untested":
      return t("builder.example.untested", { number });
    case "step_changed":
      return t("builder.example.stepChanged", { number });
    case "sample_changed":
      return t("builder.example.sampleChanged", { number });
    case "earlier_changed":
      return t("builder.example.earlierChanged", { number });
  }
}
