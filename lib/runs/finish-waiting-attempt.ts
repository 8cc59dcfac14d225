import { englishText, type UserMessage } from "@/lib/i18n/user-message";
import { logger } from "@/lib/logger";
import { sql } from "@/lib/sql";

/**
 * Puts a claimed run back to wait for an unavailable connection without using an attempt: QUEUED again,
 * its attempt count as before the claim, the lease given up (only while this worker holds it), and the
 * connection it waits for. Steps that succeeded before stay done.
 */
export async function finishWaitingAttempt({
  runId,
  workerId,
  connectionId,
  retryAt,
  error,
}: {
  runId: string;
  workerId: string;
  connectionId: string;
  /** When the worker looks again (epoch ms). */
  retryAt: number;
  error: UserMessage;
}): Promise<boolean> {
  const rows = await sql(
    `UPDATE "Run"
     SET "status" = 'QUEUED', "attempts" = "attempts" - 1, "error" = $3, "errorMessage" = $6::jsonb, "nextAttemptAt" = $4, "waitingOnConnectionId" = $5::uuid,
         "startedAt" = CASE WHEN "attempts" = 1 THEN NULL ELSE "startedAt" END, "lockedBy" = NULL, "lockedUntil" = NULL
     WHERE "id" = $1::uuid AND "lockedBy" = $2
     RETURNING "id"`,
    [runId, workerId, englishText(error), new Date(retryAt), connectionId, JSON.stringify(error)],
  );
  if (rows.length === 0) logger.warn("run lease lost before it could wait; the worker holding it decides the result", { runId });
  return rows.length > 0;
}
