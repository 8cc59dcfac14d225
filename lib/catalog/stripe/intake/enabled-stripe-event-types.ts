// The Stripe event types a connection's enabled zaps listen to (their published triggers' eventTypes),
// sorted: what the Events API is asked for (`types[]`). Empty when no enabled zap uses the connection.
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { db } from "@/lib/db";

export async function enabledStripeEventTypes({ userId, connectionId }: { userId: string; connectionId: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ key: string | null }[]>`
    SELECT DISTINCT v."definition"->'trigger'->>'key' AS key
    FROM "Zap" z JOIN "ZapVersion" v ON v."id" = z."publishedVersionId"
    WHERE z."userId" = ${userId}::uuid AND z."enabled" AND z."deletedAt" IS NULL
      AND v."definition"->'trigger'->>'app' = 'stripe'
      AND v."definition"->'trigger'->>'connectionId' = ${connectionId}`;
  const types = rows.flatMap(({ key }) => {
    const entry = key === null ? undefined : findCatalogEntry({ appKey: "stripe", key });
    return entry?.kind === "trigger" ? entry.definition.eventTypes : [];
  });
  return [...new Set(types)].sort();
}
