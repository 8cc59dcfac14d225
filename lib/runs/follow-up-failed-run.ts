import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { notifyRunFailed } from "@/lib/notifications/notify-run-failed";
import { pauseZapAfterFailures } from "@/lib/zaps/pause-zap-after-failures";

/**
 * What follows a run that failed for good (or waits for its owner: NEEDS_ATTENTION), once it is recorded: the zap is turned off after too many
 * failures in a row, and its owner is told. A mail problem is logged and never fails the run's job.
 */
export async function followUpFailedRun({ runId }: { runId: string }): Promise<void> {
  await pauseZapAfterFailures({ runId, threshold: env().ZAP_PAUSE_AFTER_FAILURES });
  await notifyRunFailed({ runId }).catch((error: unknown) => logger.error("failure notification failed", { runId, error }));
}
