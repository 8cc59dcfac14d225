import type { Job } from "bullmq";
import type { ExecuteRunJob } from "@/lib/queue/runs-queue";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { executeRun } from "@/lib/runs/execute-run";

export async function processExecuteRun(job: Job<ExecuteRunJob>): Promise<string> {
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const result = await executeRun({ runId: job.data.runId, isLastAttempt });
  if (result.outcome === "retry") throw new RetryableRunError(result.message, result.retryAfterMs);
  return result.outcome;
}
