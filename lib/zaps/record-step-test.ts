import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { JsonValue } from "@/lib/json-value";
import type { StepConfig } from "@/lib/zaps/schema";
import { stepTestSchema, STEP_TEST_LIMITS, type StepTest } from "@/lib/zaps/step-test-schema";

export type RecordStepTestResult = { ok: true; test: StepTest } | { ok: false; message: string };

/**
 * Keeps a step's real output with the zap (Zap.stepTests), as what later steps map from. One statement,
 * so tests of two steps at once both stay; tests of steps no longer in the draft (`stepIds`) are dropped.
 */
export async function recordStepTest({
  userId,
  zapId,
  step,
  stepIds,
  sampleEventId,
  output,
  testedAt = new Date(),
  locale,
}: {
  userId: string;
  zapId: string;
  step: StepConfig;
  /** The ids of the draft's steps. */
  stepIds: string[];
  sampleEventId: string | null;
  output: JsonValue;
  testedAt?: Date;
  /** The language of the message when the output is not kept (the builder shows it). */
  locale?: Locale;
}): Promise<RecordStepTestResult> {
  const { id: stepId, ...tested } = step;
  const parsed = stepTestSchema.safeParse({ step: tested, sampleEventId, output, testedAt: testedAt.toISOString() });
  if (!parsed.success) {
    return { ok: false, message: (await translator({ locale }))("builder.test.notKept", { max: STEP_TEST_LIMITS.maxOutputChars }) };
  }
  const test = parsed.data as StepTest;
  const updated = await db.$executeRaw`
    UPDATE "Zap"
    SET "stepTests" = COALESCE((SELECT jsonb_object_agg(key, value) FROM jsonb_each(COALESCE("stepTests", '{}'::jsonb)) WHERE key = ANY(${stepIds}::text[])), '{}'::jsonb)
      || jsonb_build_object(${stepId}::text, ${JSON.stringify(test)}::jsonb)
    WHERE "id" = ${zapId}::uuid AND "userId" = ${userId}::uuid AND "deletedAt" IS NULL`;
  if (updated !== 1) return { ok: false, message: (await translator({ locale }))("builder.test.notKeptGone") };
  return { ok: true, test };
}
