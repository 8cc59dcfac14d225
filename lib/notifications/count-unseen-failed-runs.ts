import { db } from "@/lib/db";

/** The badge shows "99+" past this; counting stops there, so the query stays cheap however many failed. */
export const UNSEEN_FAILED_RUNS_CAP = 100;

/**
 * Live runs of the user's zaps that failed for good (or wait for their owner) after the user last opened the run history
 * (all of them when never opened), counted up to UNSEEN_FAILED_RUNS_CAP. Test runs are left out:
 * whoever sent the test event saw it fail.
 */
export async function countUnseenFailedRuns({ userId }: { userId: string }): Promise<number> {
  // Owner first (Zap by userId), then each zap's runs; LIMIT bounds the work for a noisy account.
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (
      SELECT 1 FROM "Run" r
      JOIN "Zap" z ON z."id" = r."zapId"
      JOIN "User" u ON u."id" = z."userId"
      WHERE z."userId" = ${userId}::uuid
        AND r."status" IN ('FAILED', 'NEEDS_ATTENTION')
        AND NOT r."isTest"
        AND r."finishedAt" > COALESCE(u."runsSeenAt", '-infinity'::timestamptz)
      LIMIT ${UNSEEN_FAILED_RUNS_CAP}
    ) AS "capped"`;
  return row?.count ?? 0;
}
