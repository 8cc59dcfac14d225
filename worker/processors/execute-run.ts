import type { Job } from "bullmq";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { executeRun } from "@/lib/runs/execute-run";
import { markRunAfterError } from "@/lib/runs/mark-run-after-error";
import { pauseZapAfterFailures } from "@/lib/zaps/pause-zap-after-failures";

export async function processExecuteRun(job: Job<ExecuteRunJob>): Promise<string> {
  const { runId } = job.data;
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  let result;
  try {
    result = await executeRun({ runId, isLastAttempt });
  } catch (error) {
    logger.error("run attempt crashed", { runId, attempt: job.attemptsMade + 1, error });
    await markRunAfterError({ runId, error, isLastAttempt }).catch(() => undefined);
    if (!isLastAttempt) throw error;
    result = { outcome: "failed" as const };
  }
  if (result.outcome === "retry") throw new RetryableRunError(result.message, result.retryAfterMs);
  if (result.outcome === "failed") await pauseZapAfterFailures({ runId, threshold: env().ZAP_PAUSE_AFTER_FAILURES });
  return result.outcome;
}
