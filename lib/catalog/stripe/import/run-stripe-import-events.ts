// An import's second phase: lists the range again and, for each event of the zap's types that has no
// run of the zap and that the trigger's options accept, stores the event (once per connection and
// event id, as every path does) and one run of the zap marked imported, then queues the runs.
// An event the zap already ran is never run again: it is skipped here, and the unique
// (zapId, eventId, replayNumber) refuses a second run if two imports race.
//
// Events run oldest first, as they happened: the whole range is listed before any run is made.
//
// Events newer than where the live intake has got to (the newest event sync or catch-up recorded,
// else the time sync started) that are not stored yet are the live intake's next ones: they are
// recorded through its path, so every enabled zap runs them as sync would have (this zap too, if it
// is on, with a live run). Older ones were never wanted by an enabled zap, so only this zap runs them.
import type Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import { db } from "@/lib/db";
import { recordPolledStripeEvents } from "@/lib/catalog/stripe/intake/record-polled-stripe-events";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import type { StripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { listStripeEventsInRange } from "@/lib/catalog/stripe/import/list-stripe-events-in-range";
import { stripeEventsWithZapRuns } from "@/lib/catalog/stripe/import/stripe-events-with-zap-runs";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";

export async function runStripeImportEvents({
  importId,
  target,
  rangeStart,
  rangeEnd,
  apiBase,
}: {
  importId: string;
  target: StripeImportTarget;
  rangeStart: Date;
  rangeEnd: Date;
  apiBase?: string;
}): Promise<{ processed: number; imported: number }> {
  const { connection } = target;
  const progress = { processed: 0, imported: 0 };
  const sync = await db.stripeSync.findUnique({ where: { connectionId: connection.id }, select: { cursorCreated: true, lastEventAt: true } });
  const liveSince = sync ? Math.max(sync.cursorCreated, Math.floor((sync.lastEventAt?.getTime() ?? 0) / 1000)) : null;
  const pages = listStripeEventsInRange({
    stripe: createStripeClient({ secretKey: connection.secretKey, apiBase }),
    types: target.eventTypes,
    from: Math.floor(rangeStart.getTime() / 1000),
    to: Math.floor(rangeEnd.getTime() / 1000),
    beforeRequest: () => waitForStripeReadSlot({ accountId: connection.config.accountId, connectionId: connection.id, livemode: connection.config.livemode }),
  });
  // Stripe lists newest first; the runs are made oldest first.
  const listed: Stripe.Event[][] = [];
  for await (const events of pages) listed.push(events);
  for (const events of listed.toReversed()) {
    const withRuns = await stripeEventsWithZapRuns({ zapId: target.zapId, connectionId: connection.id, stripeEventIds: events.map((event) => event.id) });
    const wanted = events.filter((event) => !withRuns.has(event.id) && target.matches(event)).toReversed();
    const live = liveSince === null ? [] : wanted.filter((event) => event.created >= liveSince);
    if (live.length > 0) await recordPolledStripeEvents({ connection, events: live });
    const runIds: string[] = [];
    for (const event of wanted) {
      const runId = await insertImportedRun({ target, event });
      if (runId) runIds.push(runId);
      // A live run of this zap just made by the live intake counts as one this import started.
      if (runId || live.includes(event)) progress.imported += 1;
    }
    progress.processed += events.length;
    // A run Redis did not take stays QUEUED in PostgreSQL; the sweeper enqueues it.
    await enqueueRuns({ runIds });
    await db.stripeEventImport.update({ where: { id: importId }, data: progress });
  }
  return progress;
}

/** The event (stored if new) and an imported run of the zap on it, in one statement; null when the zap already has a run on it. */
async function insertImportedRun({ target, event }: { target: StripeImportTarget; event: Stripe.Event }): Promise<string | null> {
  // The SELECT does not see the row the INSERT adds (one snapshot): exactly one of the two gives the event's id.
  const [row] = await db.$queryRaw<{ id: string }[]>`
    WITH inserted AS (
      INSERT INTO "StripeEvent" ("id", "connectionId", "stripeEventId", "type", "livemode", "payload")
      VALUES (${uuidV7()}::uuid, ${target.connection.id}::uuid, ${event.id}, ${event.type}, ${event.livemode}, ${JSON.stringify(event)}::jsonb)
      ON CONFLICT ("connectionId", "stripeEventId") DO NOTHING
      RETURNING "id"
    ), event AS (
      SELECT "id" FROM inserted
      UNION ALL
      SELECT "id" FROM "StripeEvent" WHERE "connectionId" = ${target.connection.id}::uuid AND "stripeEventId" = ${event.id}
    )
    INSERT INTO "Run" ("id", "zapId", "eventId", "zapVersionId", "isImported")
    SELECT ${uuidV7()}::uuid, ${target.zapId}::uuid, (SELECT "id" FROM event LIMIT 1), ${target.versionId}::uuid, true
    WHERE EXISTS (SELECT 1 FROM event)
    ON CONFLICT DO NOTHING
    RETURNING "id"::text AS "id"`;
  return row?.id ?? null;
}
