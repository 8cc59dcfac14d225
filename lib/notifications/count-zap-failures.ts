import { db } from "@/lib/db";

/**
 * For a list of zaps (e.g. the Zaps page): how many live runs of each failed for good since its
 * failure banner was last dismissed. Zaps of other users are ignored; a zap without failures is 0.
 */
export async function countZapFailures({ userId, zapIds }: { userId: string; zapIds: string[] }): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(zapIds.map((id) => [id, 0]));
  if (zapIds.length === 0) return counts;
  const rows = await db.$queryRaw<{ zapId: string; count: number }[]>`
    SELECT r."zapId" AS "zapId", count(*)::int AS "count"
    FROM "Zap" z
    JOIN "Run" r ON r."zapId" = z."id"
    WHERE z."userId" = ${userId}::uuid
      AND z."id" = ANY(${zapIds}::uuid[])
      AND r."status" = 'FAILED'
      AND NOT r."isTest"
      AND r."finishedAt" > COALESCE(z."failuresSeenAt", '-infinity'::timestamptz)
    GROUP BY r."zapId"`;
  for (const row of rows) counts[row.zapId] = row.count;
  return counts;
}
