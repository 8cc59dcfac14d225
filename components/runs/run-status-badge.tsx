import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { RunStatus } from "@/lib/generated/prisma/enums";

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  FILTERED: "Filtered",
};

const TONES: Record<RunStatus, StatusTone> = { QUEUED: "slate", RUNNING: "blue", SUCCEEDED: "green", FAILED: "red", FILTERED: "amber" };

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <StatusBadge tone={TONES[status]} label={RUN_STATUS_LABELS[status]} />;
}
