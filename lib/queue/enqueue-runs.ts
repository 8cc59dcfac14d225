import { logger } from "@/lib/logger";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";

/**
 * Hands runs to the worker. Never throws: a run that misses the queue (Redis down) stays QUEUED in
 * PostgreSQL and the worker's sweeper enqueues it later. Returns whether Redis took them.
 */
export async function enqueueRuns({ runIds }: { runIds: string[] }): Promise<boolean> {
  if (runIds.length === 0) return true;
  try {
    await runsQueue().addBulk(runIds.map((runId) => ({ name: EXECUTE_RUN_JOB, data: { runId }, opts: { jobId: runId } })));
    return true;
  } catch (error) {
    logger.warn("runs not enqueued; the sweeper will enqueue them", { count: runIds.length, error });
    return false;
  }
}
