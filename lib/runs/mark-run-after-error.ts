import { db } from "@/lib/db";

/**
 * When an attempt fails inside Conduit (database or Redis unavailable, not the vendor), the run goes
 * back to QUEUED to be retried, or to FAILED on the last attempt, instead of staying RUNNING, and
 * the lease is given up. Only while this worker holds the lease: another may have taken the run over.
 */
export async function markRunAfterError({
  runId,
  workerId,
  error,
  isLastAttempt,
}: {
  runId: string;
  workerId: string;
  error: unknown;
  isLastAttempt: boolean;
}): Promise<void> {
  const message = `Conduit could not finish this attempt: ${error instanceof Error ? error.message : String(error)}.`;
  await db.run.updateMany({
    where: { id: runId, status: "RUNNING", lockedBy: workerId },
    data: {
      lockedBy: null,
      lockedUntil: null,
      ...(isLastAttempt ? { status: "FAILED", error: `${message} Replay the run once the problem is fixed.`, finishedAt: new Date() } : { status: "QUEUED", error: `${message} Retrying.` }),
    },
  });
}
