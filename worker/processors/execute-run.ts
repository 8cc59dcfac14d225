import { DelayedError, type Job } from "bullmq";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { executeRun } from "@/lib/runs/execute-run";
import { followUpFailedRun } from "@/lib/runs/follow-up-failed-run";
import { markRunAfterError } from "@/lib/runs/mark-run-after-error";
import { workerId } from "@/lib/runs/worker-id";

export async function processExecuteRun(job: Job<ExecuteRunJob>, token?: string): Promise<string> {
  const { runId } = job.data;
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  let result;
  try {
    result = await executeRun({ runId, isLastAttempt });
  } catch (error) {
    logger.error("run attempt crashed", { runId, attempt: job.attemptsMade + 1, error });
    await markRunAfterError({ runId, workerId: workerId(), error, isLastAttempt }).catch(() => undefined);
    if (!isLastAttempt) throw error;
    result = { outcome: "failed" as const };
  }
  if (result.outcome === "busy") {
    // Another worker holds the run's lease (BullMQ handed the job out again, e.g. after a stall).
    // Look again once that lease could have run out: its worker has then finished (the run is
    // skipped) or died (this job takes over). Delaying does not use up an attempt.
    await job.moveToDelayed(Date.now() + env().RUN_LEASE_MS, token);
    throw new DelayedError();
  }
  if (result.outcome === "retry") throw new RetryableRunError(result.message, result.retryAfterMs);
  if (result.outcome === "failed") await followUpFailedRun({ runId });
  return result.outcome;
}
