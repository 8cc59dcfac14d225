import { messageFields, said, type UserMessage } from "@/lib/i18n/user-message";
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertStripeEvent } from "@/lib/catalog/stripe/intake/insert-stripe-event";
import { ConnectionGoneError } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { stableJson } from "@/lib/zaps/stable-json";
import { zapDefinitionSchema } from "@/lib/zaps/schema";

export type RecordedTestEvent =
  | { ok: true; eventId: string | null; duplicate: boolean; runIds: string[] }
  /** Nothing was stored: the message says why the test cannot run. */
  | { ok: false; message: string; userMessage: UserMessage };

/**
 * A test event of one zap ("Send test event"), in one transaction: stores the event and exactly one
 * QUEUED test run of that zap, whether the zap is on or off, published or not. The run executes the
 * zap's current draft: pinned to the published version when the draft equals it, else with a copy
 * of the draft. The trigger's options are not applied: a test runs the steps on the event it is given.
 */
export async function recordTestEvent({
  connection,
  event,
  zapId,
}: {
  connection: { id: string; userId: string };
  event: Stripe.Event;
  zapId: string;
}): Promise<RecordedTestEvent> {
  return db.$transaction(
    async (tx) => {
      // As recordStripeEvent does: the webhook may have read the connection's secret from its cache.
      const live = await tx.connection.findFirst({ where: { id: connection.id, status: { not: "REVOKED" } }, select: { id: true } });
      if (!live) throw new ConnectionGoneError();
      const zap = await tx.zap.findFirst({
        where: { id: zapId, userId: connection.userId, deletedAt: null },
        select: { id: true, draft: true, publishedVersion: { select: { id: true, definition: true } } },
      });
      if (!zap) return { ok: false, ...messageFields(said("builder.testEvent.zapGone")) };
      const draft = zapDefinitionSchema.safeParse(zap.draft);
      const trigger = draft.success ? draft.data.trigger : null;
      if (!draft.success || !trigger) return { ok: false, ...messageFields(said("builder.testEvent.noTrigger")) };
      if (trigger.connectionId !== connection.id) return { ok: false, ...messageFields(said("builder.testEvent.otherConnection")) };
      const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key });
      if (entry?.kind !== "trigger" || !entry.definition.eventTypes.includes(event.type)) {
        return { ok: false, ...messageFields(said("builder.testEvent.notThisEvent", { type: event.type })) };
      }

      const eventId = await insertStripeEvent({ tx, connectionId: connection.id, event });
      if (!eventId) return { ok: true, eventId: null, duplicate: true, runIds: [] };

      const published = zap.publishedVersion ? zapDefinitionSchema.safeParse(zap.publishedVersion.definition) : null;
      const versionId = zap.publishedVersion && published?.success && stableJson(published.data) === stableJson(draft.data) ? zap.publishedVersion.id : null;
      const run = await tx.run.create({
        data: {
          zapId: zap.id,
          eventId,
          isTest: true,
          zapVersionId: versionId,
          draftDefinition: versionId ? undefined : (draft.data as unknown as Prisma.InputJsonValue),
        },
        select: { id: true },
      });
      return { ok: true, eventId, duplicate: false, runIds: [run.id] };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
