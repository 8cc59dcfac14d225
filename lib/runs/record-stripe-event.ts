import type Stripe from "stripe";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertStripeEvent } from "@/lib/runs/insert-stripe-event";
import { matchZapsForEvent } from "@/lib/runs/match-zaps-for-event";

export interface RecordedEvent {
  eventId: string | null;
  /** True when this connection already received this Stripe event: nothing new was created. */
  duplicate: boolean;
  runIds: string[];
}

/**
 * In one transaction: stores the event (unique per connection + Stripe event id) and one QUEUED run
 * per enabled zap it starts (unique per zap + event), each pinned to the zap's published version.
 */
export async function recordStripeEvent({
  connection,
  event,
  isTest = false,
}: {
  connection: { id: string; userId: string };
  event: Stripe.Event;
  isTest?: boolean;
}): Promise<RecordedEvent> {
  return db.$transaction(async (tx) => {
    const eventId = await insertStripeEvent({ tx, connectionId: connection.id, event });
    if (!eventId) return { eventId: null, duplicate: true, runIds: [] };

    const zaps = await tx.zap.findMany({
      where: { userId: connection.userId, enabled: true, deletedAt: null, publishedVersionId: { not: null } },
      select: { id: true, publishedVersion: { select: { id: true, definition: true } } },
    });
    const published = zaps.flatMap((zap) => (zap.publishedVersion ? [{ id: zap.id, versionId: zap.publishedVersion.id, definition: zap.publishedVersion.definition }] : []));
    const matching = matchZapsForEvent({ zaps: published, event, connectionId: connection.id });
    if (matching.length === 0) return { eventId, duplicate: false, runIds: [] };
    const runs = await tx.run.createManyAndReturn({
      data: matching.map((zap) => ({ zapId: zap.id, eventId, zapVersionId: zap.versionId, isTest })),
      skipDuplicates: true,
      select: { id: true },
    });
    return { eventId, duplicate: false, runIds: runs.map((run) => run.id) };
  }, { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted });
}
