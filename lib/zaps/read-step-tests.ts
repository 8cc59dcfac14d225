import { stepTestSchema, stepTestsSchema, type StepTest, type StepTests } from "@/lib/zaps/step-test-schema";

/** A zap's stored step tests (Zap.stepTests); a record that does not read is left out, as if never tested. */
export function readStepTests({ value }: { value: unknown }): StepTests {
  const all = stepTestsSchema.safeParse(value ?? {});
  if (!all.success) return {};
  const tests: StepTests = {};
  for (const [stepId, candidate] of Object.entries(all.data)) {
    const parsed = stepTestSchema.safeParse(candidate);
    if (parsed.success) tests[stepId] = parsed.data as StepTest;
  }
  return tests;
}
