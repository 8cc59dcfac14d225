import { db } from "@/lib/db";

/**
 * The newest event the intake stored for a connection (by webhook, sync or catch-up), read backwards
 * along StripeEvent(connectionId, receivedAt), so its cost does not grow with the connection's history.
 * Events stored by "Import past events" or Send test event are skipped: their arrival says nothing
 * about how far the intake got. $1 is the connection id.
 */
export const NEWEST_INTAKE_EVENT_SQL = `
  SELECT ("payload"->>'created')::int AS created FROM "StripeEvent" e
  WHERE e."connectionId" = $1::uuid
    AND NOT EXISTS (SELECT 1 FROM "Run" r WHERE r."eventId" = e."id" AND (r."isImported" OR r."isTest"))
  ORDER BY e."receivedAt" DESC LIMIT 1`;

/** Unix seconds of that event's creation in Stripe, or null before the first one. */
export async function newestIntakeEventCreated({ connectionId }: { connectionId: string }): Promise<number | null> {
  const [row] = await db.$queryRawUnsafe<{ created: number | null }[]>(NEWEST_INTAKE_EVENT_SQL, connectionId);
  return row?.created ?? null;
}
