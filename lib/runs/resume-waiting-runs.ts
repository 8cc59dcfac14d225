import { logger } from "@/lib/logger";
import { runsQueue } from "@/lib/queue/runs-queue";
import { sql } from "@/lib/sql";

const BATCH = 500;

/**
 * Once an unavailable connection answers again, its waiting runs go back to the queue at once instead
 * of at their next look, oldest first (BullMQ hands promoted jobs out in that order); the connection's
 * rate limit paces their calls. Returns how many jobs it promoted.
 */
export async function resumeWaitingRuns({
  connectionId,
  queue = runsQueue(),
}: {
  connectionId: string;
  queue?: ReturnType<typeof runsQueue>;
}): Promise<number> {
  let promoted = 0;
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const runs = await sql<{ id: string; createdAt: Date }>(
      `UPDATE "Run" SET "nextAttemptAt" = now()
       WHERE "id" IN (
         SELECT "id" FROM "Run"
         WHERE "waitingOnConnectionId" = $1::uuid AND "status" = 'QUEUED'
           AND ($2::timestamptz IS NULL OR ("createdAt", "id") > ($2::timestamptz, $3::uuid))
         ORDER BY "createdAt", "id" LIMIT $4)
       RETURNING "id"::text AS "id", "createdAt"`,
      [connectionId, after?.createdAt ?? null, after?.id ?? null, BATCH],
    );
    runs.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    for (const run of runs) {
      const job = await queue.getJob(run.id);
      // A job that is not delayed is already on its way to a worker.
      if (!job || !(await job.isDelayed())) continue;
      await job.promote().then(
        () => (promoted += 1),
        (error: unknown) => logger.info("waiting run not promoted (it moved on meanwhile)", { runId: run.id, error }),
      );
    }
    if (runs.length < BATCH) return promoted;
    after = runs.at(-1);
  }
}
