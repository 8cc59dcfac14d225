import type { Job } from "bullmq";
import { env } from "@/lib/env";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { executeRun } from "@/lib/runs/execute-run";
import { pauseZapAfterFailures } from "@/lib/zaps/pause-zap-after-failures";

export async function processExecuteRun(job: Job<ExecuteRunJob>): Promise<string> {
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const result = await executeRun({ runId: job.data.runId, isLastAttempt });
  if (result.outcome === "retry") throw new RetryableRunError(result.message, result.retryAfterMs);
  if (result.outcome === "failed") await pauseZapAfterFailures({ runId: job.data.runId, threshold: env().ZAP_PAUSE_AFTER_FAILURES });
  return result.outcome;
}
