import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Renews this worker's lease on a run (see claim-run.ts) every third of its length while an attempt
 * runs, so a slow step never looks like a dead worker. `stop` ends the renewals; `isLost` says
 * whether a renewal found the lease taken over, after which the attempt must not call a vendor again.
 */
export function keepRunLease({ runId, workerId, leaseMs }: { runId: string; workerId: string; leaseMs: number }): { stop: () => void; isLost: () => boolean } {
  let stopped = false;
  let lost = false;
  const timer = setInterval(() => {
    db.$executeRaw`
      UPDATE "Run" SET "lockedUntil" = now() + ${leaseMs}::integer * interval '1 millisecond'
      WHERE id = ${runId}::uuid AND "lockedBy" = ${workerId} AND status = 'RUNNING'`
      .then((count) => {
        if (count > 0 || stopped) return;
        lost = true;
        clearInterval(timer);
        logger.warn("run lease lost: another worker may take the run over", { runId });
      })
      .catch((error: unknown) => logger.warn("run lease not renewed; will try again", { runId, error }));
  }, Math.floor(leaseMs / 3));
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    isLost: () => lost,
  };
}
