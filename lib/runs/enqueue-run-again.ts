import { logger } from "@/lib/logger";
import { jobOptions } from "@/lib/queue/enqueue-runs";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";

/**
 * Hands a run that ended and was queued again to the worker. The run's finished job keeps its id for a
 * while, and BullMQ ignores an add with a taken id, so that job goes first. Never throws: a run that
 * misses the queue stays QUEUED in PostgreSQL and the worker's sweeper enqueues it.
 */
export async function enqueueRunAgain({ runId }: { runId: string }): Promise<void> {
  try {
    const queue = runsQueue();
    const job = await queue.getJob(runId);
    if (job) await job.remove();
    await queue.add(EXECUTE_RUN_JOB, { runId }, jobOptions(runId));
  } catch (error) {
    logger.warn("run not enqueued again; the sweeper will enqueue it", { runId, error });
  }
}
