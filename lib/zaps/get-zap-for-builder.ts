import { catalogText } from "@/lib/catalog/catalog-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import { db } from "@/lib/db";
import { canonicalDefinition } from "@/lib/zaps/canonical-definition";
import { readStepTests } from "@/lib/zaps/read-step-tests";
import { shortenSample } from "@/lib/zaps/shorten-sample";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import { EMPTY_ZAP_DEFINITION, zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

export interface BuilderZap {
  id: string;
  name: string;
  enabled: boolean;
  pausedReason: string | null;
  draft: ZapDefinition;
  /** False when the stored draft could not be read and the builder starts from the published version or empty. */
  draftReadable: boolean;
  published: { number: number; publishedAt: string } | null;
  /** True when the draft differs from the published version (or nothing is published yet). */
  hasUnpublishedChanges: boolean;
  /** The chosen sample event, shortened to what the page ships (see shortenSample). */
  sampleEvent: unknown;
  /** True when sampleEvent is a shortened copy: the builder can fetch the whole event on demand. */
  sampleShortened: boolean;
  /** Each step's latest real test (Zap.stepTests): later steps map from its output while it is current. */
  stepTests: StepTests;
}

/** One of the user's zaps as the builder edits it, or null when it does not exist, is deleted or is another user's. */
export async function getZapForBuilder({
  userId,
  zapId,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  zapId: string;
  /** The language of `pausedReason`. */
  locale?: Locale;
}): Promise<BuilderZap | null> {
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: {
      id: true,
      name: true,
      enabled: true,
      pausedReason: true,
      pausedReasonMessage: true,
      draft: true,
      sampleEvent: true,
      stepTests: true,
      publishedVersion: { select: { number: true, publishedAt: true, definition: true } },
    },
  });
  if (!zap) return null;
  const draft = zapDefinitionSchema.safeParse(zap.draft);
  const published = zap.publishedVersion ? zapDefinitionSchema.safeParse(zap.publishedVersion.definition) : null;
  const fallback = published?.success ? published.data : EMPTY_ZAP_DEFINITION;
  const current = draft.success ? draft.data : fallback;
  const sample = shortenSample({ value: zap.sampleEvent });
  return {
    id: zap.id,
    name: zap.name,
    enabled: zap.enabled,
    pausedReason: storedErrorText({
      error: zap.pausedReason,
      errorMessage: zap.pausedReasonMessage,
      t: await translator({ locale }),
      catalog: await catalogText({ locale }),
    }),
    draft: current,
    draftReadable: draft.success,
    published: zap.publishedVersion ? { number: zap.publishedVersion.number, publishedAt: zap.publishedVersion.publishedAt.toISOString() } : null,
    hasUnpublishedChanges: !published?.success || canonicalDefinition(published.data) !== canonicalDefinition(current),
    sampleEvent: sample.value,
    sampleShortened: sample.shortened,
    stepTests: readStepTests({ value: zap.stepTests }),
  };
}
