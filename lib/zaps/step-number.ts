/** The number people see for a zap's step at this index (0 = the first after the trigger): the trigger is step 1, in the builder and in the run history alike. */
export function stepNumber({ index }: { index: number }): number {
  return index + 2;
}
