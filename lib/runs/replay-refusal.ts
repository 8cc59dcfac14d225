import type { RunStatus } from "@/lib/generated/prisma/enums";
import type { ReplayMode } from "@/lib/runs/schema";

/** Why a run cannot be replayed in this mode, or null when it can. */
export function replayRefusal({ status, mode, hasPublishedVersion }: { status: RunStatus; mode: ReplayMode; hasPublishedVersion: boolean }): string | null {
  if (status === "QUEUED" || status === "RUNNING") return "This run has not finished yet: replay it once it has failed.";
  if (status === "SUCCEEDED") return "This run succeeded, so there is nothing to replay.";
  if (status === "FILTERED" && mode === "from_failed_step") return "This run was filtered out, not failed: replay it on the zap's current version instead.";
  if (mode === "current_version" && !hasPublishedVersion) return "This zap has no published version: publish it, then replay the run.";
  return null;
}
