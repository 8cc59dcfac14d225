import { DelayedError, type Job } from "bullmq";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { checkWaitingRun } from "@/lib/runs/check-waiting-run";
import { executeRun } from "@/lib/runs/execute-run";
import { followUpFailedRun } from "@/lib/runs/follow-up-failed-run";
import { markRunAfterError } from "@/lib/runs/mark-run-after-error";
import { workerId } from "@/lib/runs/worker-id";

export async function processExecuteRun(job: Job<ExecuteRunJob>, token?: string): Promise<string> {
  const { runId } = job.data;
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  // A run waiting for an unavailable connection looks again without a claim or an attempt (a job
  // handed out for the first time cannot be waiting).
  const waiting = job.attemptsStarted > 1 ? await checkWaitingRun({ runId }) : { action: "run" as const };
  if (waiting.action === "gave_up") return "failed";
  if (waiting.action === "wait") {
    await job.moveToDelayed(waiting.until, token);
    throw new DelayedError();
  }
  let result;
  try {
    result = await executeRun({ runId, isLastAttempt });
  } catch (error) {
    logger.error("run attempt crashed", { runId, attempt: job.attemptsMade + 1, error });
    const ended = await markRunAfterError({ runId, workerId: workerId(), error, isLastAttempt }).catch(() => null);
    if (!isLastAttempt) throw error;
    result = { outcome: ended === "NEEDS_ATTENTION" ? ("needs_attention" as const) : ("failed" as const) };
  }
  if (result.outcome === "busy") {
    // Another worker holds the run's lease (BullMQ handed the job out again, e.g. after a stall).
    // Look again once that lease could have run out: its worker has then finished (the run is
    // skipped) or died (this job takes over). Delaying does not use up an attempt.
    await job.moveToDelayed(Date.now() + env().RUN_LEASE_MS, token);
    throw new DelayedError();
  }
  if (result.outcome === "wait") {
    // The connection is unavailable: no attempt used (moveToDelayed skips BullMQ's count, and the run's was given back).
    await job.moveToDelayed(result.until, token);
    throw new DelayedError();
  }
  if (result.outcome === "retry") throw new RetryableRunError(result.message, result.delayMs);
  // A run waiting for its owner (a step's outcome is unknown) is told like a failure; it never pauses a zap.
  if (result.outcome === "failed" || result.outcome === "needs_attention") await followUpFailedRun({ runId });
  return result.outcome;
}
