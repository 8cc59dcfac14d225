import { db } from "@/lib/db";
import { enqueueRunAgain } from "@/lib/runs/enqueue-run-again";

/**
 * A run waiting for its owner (NEEDS_ATTENTION) although none of its steps' outcome is unknown has
 * nothing for them to decide (e.g. a late answer recorded the step after all): it is queued again and
 * goes on, with a whole retry schedule. Only the owner's run. Returns whether it was queued again.
 */
export async function requeueStrandedRun({ userId, runId }: { userId: string; runId: string }): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Run" r
    SET "status" = 'QUEUED', "error" = NULL, "errorMessage" = NULL, "finishedAt" = NULL, "notifiedAt" = NULL, "retryWindowStartedAt" = now(), "retryWindowAttempts" = r."attempts"
    FROM "Zap" z
    WHERE r."id" = ${runId}::uuid AND z."id" = r."zapId" AND z."userId" = ${userId}::uuid AND r."status" = 'NEEDS_ATTENTION'
      AND NOT EXISTS (SELECT 1 FROM "RunStep" s WHERE s."runId" = r."id" AND s."status" = 'UNKNOWN')`;
  if (count === 0) return false;
  await enqueueRunAgain({ runId });
  return true;
}
