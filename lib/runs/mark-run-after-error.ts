import { db } from "@/lib/db";
import { englishText, said } from "@/lib/i18n/user-message";
import { giveUpRun } from "@/lib/runs/give-up-run";

/**
 * When an attempt fails inside Conduit (database or Redis unavailable, not the vendor), the run goes
 * back to QUEUED to be retried, or to FAILED on the last attempt, instead of staying RUNNING, and
 * the lease is given up. Only while this worker holds the lease: another may have taken the run over.
 * Returns how a last attempt ended the run (null otherwise, or when another worker holds it).
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
}): Promise<"FAILED" | "NEEDS_ATTENTION" | null> {
  // Conduit's own failure (a database or Redis error) is technical and stays in English.
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
  // A last attempt stopped during a send leaves the run waiting for its owner, not failed (give-up-run.ts).
  if (isLastAttempt) return giveUpRun({ runId, holder: { workerId }, error: said("runErrors.run.attemptBrokeGaveUp", { reason }) });
  const retrying = said("runErrors.run.attemptBrokeRetrying", { reason });
  await db.run.updateMany({
    where: { id: runId, status: "RUNNING", lockedBy: workerId },
    data: { lockedBy: null, lockedUntil: null, status: "QUEUED", error: englishText(retrying), errorMessage: retrying },
  });
  return null;
}
