// The webhook's write: the event (unique per connection + Stripe event id) and one QUEUED run per
// enabled zap it starts (unique per zap + event), each pinned to the zap's published version, in
// one SQL statement, so one round trip and one commit per event, or per batch of the events that
// arrived in the same event-loop turn (group commit).
//
// Matching runs in this process against its memory of the user's enabled zaps (enabled-zaps-cache.ts).
// The statement carries the list it matched against and writes only if the database's list is
// the same, in the same snapshot; otherwise it writes nothing and returns the current list, which
// is remembered and matched again. A zap turned on, off or republished is never missed or late.
import type Stripe from "stripe";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { batchCalls } from "@/lib/batching/batch-calls";
import { sql } from "@/lib/sql";
import { cachedEnabledZaps, enabledZapKeys, rememberEnabledZaps, type EnabledZap } from "@/lib/catalog/stripe/intake/enabled-zaps-cache";

export interface RecordedEvent {
  eventId: string | null;
  /** True when this connection already received this Stripe event: nothing new was created. */
  duplicate: boolean;
  runIds: string[];
}

/** The connection was deleted or revoked (e.g. after its secret was read from a cache). */
export class ConnectionGoneError extends Error {
  constructor() {
    super("This webhook URL does not belong to a Stripe connection.");
    this.name = "ConnectionGoneError";
  }
}

/** A user whose zaps change this often is retried by Stripe rather than looped on here. */
const MAX_LIST_REFRESHES = 5;

interface WriteAnswer {
  zaps: string[];
  live: boolean;
  written: boolean;
  eventId: string | null;
  runIds: string[];
}

export async function recordStripeEvent({
  connection,
  event,
  payloadJson,
}: {
  connection: { id: string; userId: string };
  event: Stripe.Event;
  /** The event as JSON, when the caller has it already (the webhook's verified body): not serialized again. */
  payloadJson?: string;
}): Promise<RecordedEvent> {
  let zaps = cachedEnabledZaps({ userId: connection.userId });
  for (let refresh = 0; refresh <= MAX_LIST_REFRESHES; refresh += 1) {
    const answer = await write({ connection, event, payloadJson, zaps });
    if (!answer.live) throw new ConnectionGoneError();
    if (answer.written) return { eventId: answer.eventId, duplicate: answer.eventId === null, runIds: answer.runIds };
    zaps = await rememberEnabledZaps({ userId: connection.userId, keys: answer.zaps });
  }
  throw new Error(`The zaps of user ${connection.userId} kept changing while event ${event.id} was stored; Stripe will retry.`);
}

interface WriteRequest {
  connection: { id: string; userId: string };
  event: Stripe.Event;
  /** The event as JSON, when the caller has it already (the webhook's verified body). */
  payloadJson?: string;
  zaps: EnabledZap[];
}

function write(request: WriteRequest): Promise<WriteAnswer> {
  return writeInBatch(request);
}

/**
 * The writes of one event-loop turn (webhooks that arrived together) in one statement and one commit.
 * Each event is gated on its own user's zap list, so one user's changed list refuses only that
 * user's events; the same Stripe event twice in one batch is stored once (the second is a duplicate).
 */
const writeInBatch = batchCalls<WriteRequest, WriteAnswer>({
  run: async (requests) => {
    const planned = requests.map((request) => {
      const matching = request.zaps.filter((zap) => zap.matches({ event: request.event, connectionId: request.connection.id, zapId: zap.zapId }));
      return { eventRowId: uuidV7(), matching, runIds: matching.map(() => uuidV7()) };
    });
    const runs = planned.flatMap((plan) => plan.matching.map((zap, index) => ({ eventRowId: plan.eventRowId, runId: plan.runIds[index], zap })));
    // "C" collation: the database sorts the keys exactly as JavaScript's sort() does. Keys hold no ",".
    const rows = await sql<WriteAnswer & { ord: number }>(
      `WITH input AS (
         SELECT * FROM unnest($1::integer[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::boolean[], $9::text[])
           AS i(ord, user_id, connection_id, expected, event_row_id, stripe_event_id, type, livemode, payload)
       ), current AS (
         SELECT users.user_id,
                coalesce(array_agg(z."id"::text || ':' || z."publishedVersionId"::text ORDER BY (z."id"::text || ':' || z."publishedVersionId"::text) COLLATE "C")
                         FILTER (WHERE z."id" IS NOT NULL), '{}') AS zaps
         FROM (SELECT DISTINCT user_id FROM input) users
         LEFT JOIN "Zap" z ON z."userId" = users.user_id AND z."enabled" AND z."deletedAt" IS NULL AND z."publishedVersionId" IS NOT NULL
         GROUP BY users.user_id
       ), checked AS (
         SELECT i.*, current.zaps,
                EXISTS (SELECT 1 FROM "Connection" c WHERE c."id" = i.connection_id AND c."status" <> 'REVOKED') AS live
         FROM input i JOIN current ON current.user_id = i.user_id
       ), gate AS (
         SELECT * FROM checked WHERE live AND array_to_string(zaps, ',') = expected
       ), event AS (
         INSERT INTO "StripeEvent" ("id", "connectionId", "stripeEventId", "type", "livemode", "payload")
         SELECT event_row_id, connection_id, stripe_event_id, type, livemode, payload::jsonb FROM gate ORDER BY ord
         ON CONFLICT ("connectionId", "stripeEventId") DO NOTHING
         RETURNING "id"
       ), runs AS (
         INSERT INTO "Run" ("id", "zapId", "eventId", "zapVersionId")
         SELECT planned.run_id, planned.zap_id, event."id", planned.version_id
         FROM event JOIN unnest($10::uuid[], $11::uuid[], $12::uuid[], $13::uuid[]) AS planned(event_row_id, run_id, zap_id, version_id) ON planned.event_row_id = event."id"
         ON CONFLICT DO NOTHING
         RETURNING "id", "eventId"
       )
       SELECT checked.ord, checked.zaps, checked.live,
              EXISTS (SELECT 1 FROM gate WHERE gate.ord = checked.ord) AS written,
              (SELECT "id"::text FROM event WHERE event."id" = checked.event_row_id) AS "eventId",
              coalesce((SELECT array_agg(runs."id"::text ORDER BY runs."id") FROM runs WHERE runs."eventId" = checked.event_row_id), '{}') AS "runIds"
       FROM checked`,
      [
        requests.map((_, index) => index),
        requests.map((request) => request.connection.userId),
        requests.map((request) => request.connection.id),
        requests.map((request) => enabledZapKeys({ zaps: request.zaps }).join(",")),
        planned.map((plan) => plan.eventRowId),
        requests.map((request) => request.event.id),
        requests.map((request) => request.event.type),
        requests.map((request) => request.event.livemode),
        requests.map((request) => request.payloadJson ?? JSON.stringify(request.event)),
        runs.map((run) => run.eventRowId),
        runs.map((run) => run.runId),
        runs.map((run) => run.zap.zapId),
        runs.map((run) => run.zap.versionId),
      ],
      { name: "record-stripe-events" },
    );
    const byIndex = new Map(rows.map((row) => [row.ord, row]));
    return requests.map((request, index) => {
      const answer = byIndex.get(index);
      if (!answer) throw new Error(`The write of event ${request.event.id} returned no answer.`);
      return { zaps: answer.zaps, live: answer.live, written: answer.written, eventId: answer.eventId, runIds: answer.runIds };
    });
  },
});
