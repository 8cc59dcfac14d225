import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";

/** BullMQ owns retries (the SDK clients make one attempt); the database keeps the history. */
export function jobOptions(runId: string) {
  return {
    jobId: runId,
    attempts: env().RUN_MAX_ATTEMPTS,
    backoff: { type: "run-retry" },
    removeOnComplete: { age: 3_600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3_600 },
  };
}

/**
 * Hands runs to the worker. Never throws: a run that misses the queue (Redis down) stays QUEUED in
 * PostgreSQL and the worker's sweeper enqueues it later. Returns whether Redis took them.
 */
export async function enqueueRuns({ runIds }: { runIds: string[] }): Promise<boolean> {
  if (runIds.length === 0) return true;
  try {
    await runsQueue().addBulk(runIds.map((runId) => ({ name: EXECUTE_RUN_JOB, data: { runId }, opts: jobOptions(runId) })));
    return true;
  } catch (error) {
    logger.warn("runs not enqueued; the sweeper will enqueue them", { count: runIds.length, error });
    return false;
  }
}
