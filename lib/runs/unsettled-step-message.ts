import { said, type UserMessage } from "@/lib/i18n/user-message";
import { stepNumber } from "@/lib/zaps/step-number";

/** A run's error while it waits for its owner because a step may or may not have taken effect. */
export function unsettledStepMessage({ index, detail }: { index: number; detail: UserMessage }): UserMessage {
  return said("runErrors.run.unsettled", { step: stepNumber({ index }), detail });
}
