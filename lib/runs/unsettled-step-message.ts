import { stepNumber } from "@/lib/zaps/step-number";

/** A run's error while it waits for its owner because a step may or may not have taken effect. */
export function unsettledStepMessage({ index, detail }: { index: number; detail: string }): string {
  return `Step ${stepNumber({ index })}: outcome unknown. ${detail} Check, then mark it as sent or send it again.`;
}
