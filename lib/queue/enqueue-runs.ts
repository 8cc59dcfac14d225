import { batchCalls } from "@/lib/batching/batch-calls";
import { logger } from "@/lib/logger";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";

const ENQUEUE_TIMEOUT_MS = 1_000;

/** BullMQ owns retries (the SDK clients make one attempt); the database keeps the history. */
export function jobOptions(runId: string) {
  return {
    jobId: runId,
    attempts: runRetrySchedule().length + 1,
    backoff: { type: "run-retry" },
    removeOnComplete: { age: 3_600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3_600 },
  };
}

/** Every caller of one event-loop turn shares one addBulk (lib/batching/batch-calls.ts); addJobs never throws. */
const enqueueInBatch = batchCalls<string[], boolean>({
  run: async (batches) => {
    const taken = await addJobs({ runIds: batches.flat() });
    return batches.map(() => taken);
  },
});

/**
 * Hands runs to the worker. Never throws: a run that misses the queue (Redis down) stays QUEUED in
 * PostgreSQL and the worker's sweeper enqueues it later. Returns whether Redis took them. Calls made
 * in the same event-loop turn (concurrent webhooks) go to Redis together, in one round trip.
 */
export function enqueueRuns({ runIds }: { runIds: string[] }): Promise<boolean> {
  if (runIds.length === 0) return Promise.resolve(true);
  return enqueueInBatch(runIds);
}

async function addJobs({ runIds }: { runIds: string[] }): Promise<boolean> {
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
