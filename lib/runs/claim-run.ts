// A run lease: one worker at a time executes a run. BullMQ's job id is not enough (a stalled job is
// handed out again while its first worker may still be alive), so the database decides: one
// conditional UPDATE takes a run that is QUEUED, or RUNNING under a lease that ran out (its worker
// died). Expiry is judged by the database's clock, so workers with skewed clocks still agree.
import { db } from "@/lib/db";

export type RunClaim =
  | { claimed: true; attempts: number }
  /** "held": another worker's lease is live; "finished": the run ended (or no longer exists). */
  | { claimed: false; reason: "held" | "finished" };

export async function claimRun({ runId, workerId, leaseMs }: { runId: string; workerId: string; leaseMs: number }): Promise<RunClaim> {
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE "Run"
    SET status = 'RUNNING',
        attempts = attempts + 1,
        error = NULL,
        "startedAt" = CASE WHEN status = 'QUEUED' THEN now() ELSE "startedAt" END,
        "lockedBy" = ${workerId},
        "lockedUntil" = now() + ${leaseMs}::integer * interval '1 millisecond'
    WHERE id = ${runId}::uuid
      AND (status = 'QUEUED' OR (status = 'RUNNING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())))
    RETURNING attempts`;
  if (rows[0]) return { claimed: true, attempts: rows[0].attempts };
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  return { claimed: false, reason: run && (run.status === "QUEUED" || run.status === "RUNNING") ? "held" : "finished" };
}
