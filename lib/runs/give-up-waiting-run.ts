import { logger } from "@/lib/logger";
import { notifyRunFailed } from "@/lib/notifications/notify-run-failed";
import type { UserMessage } from "@/lib/i18n/user-message";
import { giveUpRun } from "@/lib/runs/give-up-run";

/**
 * Fails a run that waited for an unavailable connection past its retry schedule's total time, while
 * it still waits (no worker holds it), and tells its owner. A vendor's outage is not the zap's fault,
 * so it does not count towards pausing the zap. Returns whether this call ended the run.
 */
export async function giveUpWaitingRun({ runId, error }: { runId: string; error: UserMessage }): Promise<boolean> {
  // A step left being sent by an earlier attempt makes the run wait for its owner instead (give-up-run.ts).
  if ((await giveUpRun({ runId, holder: "waiting", error })) === null) return false;
  await notifyRunFailed({ runId }).catch((notifyError: unknown) => logger.error("failure notification failed", { runId, error: notifyError }));
  return true;
}
