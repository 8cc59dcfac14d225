// The lease that makes exactly one worker the reader of a Stripe connection's events. Each round, a
// worker first gives every Stripe connection with an enabled zap a StripeSync row (and drops the rows
// of connections without one), then claims the rows that are due (a poll or a catch-up) and not
// leased by another live worker. The lease is kept between polls (process-stripe-sync.ts extends it
// past the next due time), so one worker stays the connection's poller; if it dies, the lease runs
// out and the next worker's round takes the row over. FOR UPDATE SKIP LOCKED makes two workers
// claiming at the same moment take disjoint rows.
import { db } from "@/lib/db";

export interface ClaimedStripeSync {
  id: string;
  connectionId: string;
  userId: string;
  config: unknown;
  secretsKeyId: string;
  secretsCiphertext: string;
  cursor: string | null;
  cursorCreated: number;
  failures: number;
  lastActiveAt: Date;
  lastEventAt: Date | null;
  pausedReason: string | null;
  pausedKeyLast4: string | null;
  createdAt: Date;
  pollDue: boolean;
  catchUpDue: boolean;
}

export async function claimStripeSyncs({
  holder,
  leaseMs,
  limit,
  busy = [],
}: {
  holder: string;
  leaseMs: number;
  limit: number;
  /** Rows this holder is still working on (not claimed again). */
  busy?: string[];
}): Promise<ClaimedStripeSync[]> {
  // A connection whose zaps were all turned off is forgotten: when one is turned on again, sync starts
  // from that moment, and events made while it was off do not run it.
  await db.$executeRaw`
    DELETE FROM "StripeSync" s
    USING "Connection" c
    WHERE c."id" = s."connectionId"
      AND (c."status" = 'REVOKED' OR NOT EXISTS (
        SELECT 1 FROM "Zap" z JOIN "ZapVersion" v ON v."id" = z."publishedVersionId"
        WHERE z."userId" = c."userId" AND z."enabled" AND z."deletedAt" IS NULL
          AND v."definition"->'trigger'->>'connectionId' = c."id"::text))`;
  await db.$executeRaw`
    INSERT INTO "StripeSync" ("id", "connectionId", "cursorCreated", "updatedAt")
    SELECT gen_random_uuid(), c."id", floor(extract(epoch FROM now()))::int, now()
    FROM "Connection" c
    WHERE c."app" = 'stripe' AND c."status" <> 'REVOKED'
      AND NOT EXISTS (SELECT 1 FROM "StripeSync" s WHERE s."connectionId" = c."id")
      AND EXISTS (
        SELECT 1 FROM "Zap" z JOIN "ZapVersion" v ON v."id" = z."publishedVersionId"
        WHERE z."userId" = c."userId" AND z."enabled" AND z."deletedAt" IS NULL
          AND v."definition"->'trigger'->>'connectionId' = c."id"::text)
    ON CONFLICT ("connectionId") DO NOTHING`;

  if (limit <= 0) return [];
  return db.$queryRaw<ClaimedStripeSync[]>`
    WITH due AS (
      SELECT s."id"
      FROM "StripeSync" s JOIN "Connection" c ON c."id" = s."connectionId"
      WHERE (s."leaseUntil" IS NULL OR s."leaseUntil" < now() OR s."leasedBy" = ${holder})
        AND NOT (s."id"::text = ANY(${busy}::text[]))
        AND (s."nextPollAt" <= now() OR s."nextCatchUpAt" <= now())
        AND c."status" <> 'REVOKED'
        AND EXISTS (
          SELECT 1 FROM "Zap" z JOIN "ZapVersion" v ON v."id" = z."publishedVersionId"
          WHERE z."userId" = c."userId" AND z."enabled" AND z."deletedAt" IS NULL
            AND v."definition"->'trigger'->>'connectionId' = c."id"::text)
      ORDER BY least(s."nextPollAt", s."nextCatchUpAt")
      LIMIT ${limit}
      FOR UPDATE OF s SKIP LOCKED
    )
    UPDATE "StripeSync" s
    SET "leasedBy" = ${holder}, "leaseUntil" = now() + ${leaseMs} * interval '1 millisecond', "updatedAt" = now()
    FROM due, "Connection" c
    WHERE s."id" = due."id" AND c."id" = s."connectionId"
    RETURNING s."id", s."connectionId", c."userId", c."config", c."secretsKeyId", c."secretsCiphertext", s."cursor", s."cursorCreated",
      s."failures", s."lastActiveAt", s."lastEventAt", s."pausedReason", s."pausedKeyLast4", s."createdAt",
      s."nextPollAt" <= now() AS "pollDue", s."nextCatchUpAt" <= now() AS "catchUpDue"`;
}
