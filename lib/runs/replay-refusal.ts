import type { RunStatus } from "@/lib/generated/prisma/enums";
import type { ReplayMode } from "@/lib/runs/schema";

/** Why a run cannot be replayed in this mode, or null when it can. */
export function replayRefusal({
  status,
  mode,
  hasPublishedVersion,
  hasUnsettledStep = false,
}: {
  status: RunStatus;
  mode: ReplayMode;
  hasPublishedVersion: boolean;
  /** A step of the run was being sent when it stopped (RUNNING), or its outcome is unknown (UNKNOWN). */
  hasUnsettledStep?: boolean;
}): string | null {
  if (status === "QUEUED" || status === "RUNNING") return "This run has not finished yet: replay it once it has failed.";
  if (status === "SUCCEEDED") return "This run succeeded, so there is nothing to replay.";
  // A replay would send the step again while its first send may have taken effect: the owner decides on the run's page.
  if (status === "NEEDS_ATTENTION" || hasUnsettledStep) return "A step of this run may or may not have taken effect: mark it as sent or send it again instead.";
  if (status === "FILTERED" && mode === "from_failed_step") return "This run was filtered out, not failed: replay it on the zap's current version instead.";
  if (mode === "current_version" && !hasPublishedVersion) return "This zap has no published version: publish it, then replay the run.";
  return null;
}
