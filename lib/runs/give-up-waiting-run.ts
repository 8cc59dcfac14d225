import { logger } from "@/lib/logger";
import { notifyRunFailed } from "@/lib/notifications/notify-run-failed";
import { sql } from "@/lib/sql";

/**
 * Fails a run that waited for an unavailable connection past its retry schedule's total time, while
 * it still waits (no worker holds it), and tells its owner. A vendor's outage is not the zap's fault,
 * so it does not count towards pausing the zap. Returns whether this call ended the run.
 */
export async function giveUpWaitingRun({ runId, error }: { runId: string; error: string }): Promise<boolean> {
  const rows = await sql(
    `UPDATE "Run"
     SET "status" = 'FAILED', "error" = $2, "finishedAt" = now(), "nextAttemptAt" = NULL, "waitingOnConnectionId" = NULL
     WHERE "id" = $1::uuid AND "status" = 'QUEUED'
     RETURNING "id"`,
    [runId, error],
  );
  if (rows.length === 0) return false;
  await notifyRunFailed({ runId }).catch((notifyError: unknown) => logger.error("failure notification failed", { runId, error: notifyError }));
  return true;
}
