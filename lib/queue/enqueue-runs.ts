import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";

const ENQUEUE_TIMEOUT_MS = 1_000;

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
  let timer: NodeJS.Timeout | undefined;
  // BullMQ waits for a connection that Redis may never give; the webhook's answer must not wait.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not take the jobs within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  try {
    await Promise.race([runsQueue().addBulk(runIds.map((runId) => ({ name: EXECUTE_RUN_JOB, data: { runId }, opts: jobOptions(runId) }))), timeout]);
    return true;
  } catch (error) {
    logger.warn("runs not enqueued; the sweeper will enqueue them", { count: runIds.length, error });
    return false;
  } finally {
    clearTimeout(timer);
  }
}
