// The webhook's write: the event (unique per connection + Stripe event id) and one QUEUED run per
// enabled zap it starts (unique per zap + event), each pinned to the zap's published version, in
// one SQL statement, so one round trip and one commit per event.
//
// Matching runs in this process against its memory of the user's enabled zaps (enabled-zaps-cache.ts).
// The statement carries the list it matched against and writes only if the database's list is
// the same, in the same snapshot; otherwise it writes nothing and returns the current list, which
// is remembered and matched again. A zap turned on, off or republished is never missed or late.
import type Stripe from "stripe";
import { uuidV7 } from "@/lib/ids/uuid-v7";
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

export async function recordStripeEvent({ connection, event }: { connection: { id: string; userId: string }; event: Stripe.Event }): Promise<RecordedEvent> {
  let zaps = cachedEnabledZaps({ userId: connection.userId });
  for (let refresh = 0; refresh <= MAX_LIST_REFRESHES; refresh += 1) {
    const answer = await write({ connection, event, zaps });
    if (!answer.live) throw new ConnectionGoneError();
    if (answer.written) return { eventId: answer.eventId, duplicate: answer.eventId === null, runIds: answer.runIds };
    zaps = await rememberEnabledZaps({ userId: connection.userId, keys: answer.zaps });
  }
  throw new Error(`The zaps of user ${connection.userId} kept changing while event ${event.id} was stored; Stripe will retry.`);
}

async function write({
  connection,
  event,
  zaps,
}: {
  connection: { id: string; userId: string };
  event: Stripe.Event;
  zaps: EnabledZap[];
}): Promise<WriteAnswer> {
  const matching = zaps.filter((zap) => zap.matches({ event, connectionId: connection.id, zapId: zap.zapId }));
  const expected = enabledZapKeys({ zaps });
  // "C" collation: the database sorts the keys exactly as JavaScript's sort() does.
  const [answer] = await sql<WriteAnswer>(
    `WITH current AS (
       SELECT coalesce(array_agg(z."id"::text || ':' || z."publishedVersionId"::text ORDER BY (z."id"::text || ':' || z."publishedVersionId"::text) COLLATE "C"), '{}') AS zaps
       FROM "Zap" z
       WHERE z."userId" = $1::uuid AND z."enabled" AND z."deletedAt" IS NULL AND z."publishedVersionId" IS NOT NULL
     ), live AS (
       SELECT 1 FROM "Connection" c WHERE c."id" = $2::uuid AND c."status" <> 'REVOKED'
     ), gate AS (
       SELECT 1 FROM current WHERE current.zaps = $3::text[] AND EXISTS (SELECT 1 FROM live)
     ), event AS (
       INSERT INTO "StripeEvent" ("id", "connectionId", "stripeEventId", "type", "livemode", "payload")
       SELECT $4::uuid, $2::uuid, $5, $6, $7, $8::jsonb FROM gate
       ON CONFLICT ("connectionId", "stripeEventId") DO NOTHING
       RETURNING "id"
     ), runs AS (
       INSERT INTO "Run" ("id", "zapId", "eventId", "zapVersionId")
       SELECT planned.run_id, planned.zap_id, event."id", planned.version_id
       FROM event, unnest($9::uuid[], $10::uuid[], $11::uuid[]) AS planned(run_id, zap_id, version_id)
       ON CONFLICT DO NOTHING
       RETURNING "id"
     )
     SELECT (SELECT zaps FROM current) AS zaps,
            EXISTS (SELECT 1 FROM live) AS live,
            EXISTS (SELECT 1 FROM gate) AS written,
            (SELECT "id"::text FROM event) AS "eventId",
            coalesce((SELECT array_agg("id"::text ORDER BY "id") FROM runs), '{}') AS "runIds"`,
    [
      connection.userId,
      connection.id,
      expected,
      uuidV7(),
      event.id,
      event.type,
      event.livemode,
      JSON.stringify(event),
      matching.map(() => uuidV7()),
      matching.map((zap) => zap.zapId),
      matching.map((zap) => zap.versionId),
    ],
    { name: "record-stripe-event" },
  );
  if (!answer) throw new Error("The event's write returned no answer.");
  return answer;
}
