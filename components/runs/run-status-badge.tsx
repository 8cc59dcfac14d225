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

/** A queued run that has already been tried is waiting for its next attempt: "Retrying", not "Queued". */
export function RunStatusBadge({ status, attempts = 0 }: { status: RunStatus; attempts?: number }) {
  if (status === "QUEUED" && attempts > 0) return <StatusBadge tone="amber" label="Retrying" />;
  return <StatusBadge tone={TONES[status]} label={RUN_STATUS_LABELS[status]} />;
}
