import { db } from "@/lib/db";

/** Of these Stripe event ids, the ones stored on the connection that already have a run of the zap (any run: live, test, imported, replay). */
export async function stripeEventsWithZapRuns({
  zapId,
  connectionId,
  stripeEventIds,
}: {
  zapId: string;
  connectionId: string;
  stripeEventIds: string[];
}): Promise<Set<string>> {
  if (stripeEventIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ stripeEventId: string }[]>`
    SELECT e."stripeEventId" FROM "StripeEvent" e
    WHERE e."connectionId" = ${connectionId}::uuid AND e."stripeEventId" = ANY(${stripeEventIds}::text[])
      AND EXISTS (SELECT 1 FROM "Run" r WHERE r."eventId" = e."id" AND r."zapId" = ${zapId}::uuid)`;
  return new Set(rows.map((row) => row.stripeEventId));
}
