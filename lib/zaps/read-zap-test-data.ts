// What the builder's tests start from, read on the server: the saved draft, the sample event (chosen
// or the catalog's, by the rule the builder's previews use) and the kept step tests. Owner-scoped.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { readStepTests } from "@/lib/zaps/read-step-tests";
import { zapDefinitionSchema, zapIdSchema, type ZapDefinition } from "@/lib/zaps/schema";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import { zapSampleEvent } from "@/lib/zaps/zap-sample-event";

export type ZapTestData = { ok: true; definition: ZapDefinition; sampleEvent: Stripe.Event; stepTests: StepTests } | { ok: false; message: string };

export async function readZapTestData({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<ZapTestData> {
  const t = await translator({ locale });
  const zap = zapIdSchema.safeParse(zapId).success
    ? await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { draft: true, sampleEvent: true, stepTests: true } })
    : null;
  if (!zap) return { ok: false, message: t("builder.test.notFound") };
  const definition = zapDefinitionSchema.safeParse(zap.draft);
  if (!definition.success) return { ok: false, message: t("builder.test.draftUnreadable") };
  const { trigger } = definition.data;
  const entry = trigger ? findCatalogEntry({ appKey: trigger.app, key: trigger.key }) : undefined;
  if (entry?.kind !== "trigger") return { ok: false, message: t("builder.test.noTrigger") };
  const sampleEvent = zapSampleEvent({
    chosen: zap.sampleEvent,
    eventTypes: entry.definition.eventTypes,
    catalogSample: entry.definition.sample as Stripe.Event,
  });
  return { ok: true, definition: definition.data, sampleEvent, stepTests: readStepTests({ value: zap.stepTests }) };
}
