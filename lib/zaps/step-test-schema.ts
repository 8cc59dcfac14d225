// The builder's record of a step's latest real test (Zap.stepTests, by step id): the step as it was
// tested, the sample event it mapped from, and what it returned. Later steps map from that output
// while the step and the sample are unchanged; once either changes the record is stale, and they use
// the catalog's example output again (and say so). Only the server writes these records.
import { z } from "zod";
import type { JsonValue } from "@/lib/json-value";
import { findValueProblem } from "@/lib/mapping/find-value-problem";
import { DEFINITION_LIMITS, stepConfigSchema } from "@/lib/zaps/schema";

/** A tested output larger than this is not kept: the builder ships every kept output with the page. */
export const STEP_TEST_LIMITS = { maxOutputChars: 50_000 } as const;

const outputSchema = z
  .json()
  .refine((value) => !findValueProblem({ value }), "The output holds a value that cannot be stored.")
  .refine(
    (value) => JSON.stringify(value).length <= STEP_TEST_LIMITS.maxOutputChars,
    `The output is longer than ${STEP_TEST_LIMITS.maxOutputChars} characters.`,
  );

export const stepTestSchema = z.object({
  /** The step's app, action, connection and inputs when it was tested. */
  step: stepConfigSchema.omit({ id: true }),
  /** The id of the sample event the test mapped from. */
  sampleEventId: z.string().max(255).nullable(),
  output: outputSchema,
  testedAt: z.iso.datetime(),
});

export const stepTestsSchema = z
  .record(stepConfigSchema.shape.id, z.unknown())
  .refine((tests) => Object.keys(tests).length <= DEFINITION_LIMITS.maxInputs, "Too many step tests.");

export type StepTest = Omit<z.infer<typeof stepTestSchema>, "output"> & { output: JsonValue };
export type StepTests = Record<string, StepTest>;
