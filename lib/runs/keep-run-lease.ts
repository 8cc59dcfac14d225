import { logger } from "@/lib/logger";
import { sql } from "@/lib/sql";

/**
 * Renews this worker's lease on a run (see claim-run.ts) every third of its length while an attempt
 * runs, so a slow step never looks like a dead worker. `stop` ends the renewals; `isLost` says
 * whether a renewal found the lease taken over, after which the attempt must not call a vendor again.
 */
export function keepRunLease({ runId, workerId, leaseMs }: { runId: string; workerId: string; leaseMs: number }): { stop: () => void; isLost: () => boolean } {
  let stopped = false;
  let lost = false;
  const timer = setInterval(
    () => {
      sql<{ id: string }>(
        `UPDATE "Run" SET "lockedUntil" = now() + $3::integer * interval '1 millisecond'
       WHERE "id" = $1::uuid AND "lockedBy" = $2 AND "status" = 'RUNNING'
       RETURNING "id"`,
        [runId, workerId, leaseMs],
      )
        .then((renewed) => {
          if (renewed.length > 0 || stopped) return;
          lost = true;
          clearInterval(timer);
          logger.warn("run lease lost: another worker may take the run over", { runId });
        })
        .catch((error: unknown) => logger.warn("run lease not renewed; will try again", { runId, error }));
    },
    Math.floor(leaseMs / 3),
  );
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    isLost: () => lost,
  };
}
