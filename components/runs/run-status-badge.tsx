import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { RunStatus } from "@/lib/generated/prisma/enums";

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  FAILED: "Failed",
  FILTERED: "Filtered",
  NEEDS_ATTENTION: "Needs attention",
};

const TONES: Record<RunStatus, StatusTone> = { QUEUED: "slate", RUNNING: "blue", SUCCEEDED: "green", FAILED: "red", FILTERED: "amber", NEEDS_ATTENTION: "red" };

/**
 * A queued run that waits for an unavailable connection reads "Waiting for Customer.io"; one that has
 * already been tried waits for its next attempt: "Retrying", not "Queued".
 */
export function RunStatusBadge({ status, attempts = 0, waitingFor }: { status: RunStatus; attempts?: number; waitingFor?: string | null }) {
  if (status === "QUEUED" && waitingFor) return <StatusBadge tone="amber" label={`Waiting for ${waitingFor}`} />;
  if (status === "QUEUED" && attempts > 0) return <StatusBadge tone="amber" label="Retrying" />;
  return <StatusBadge tone={TONES[status]} label={RUN_STATUS_LABELS[status]} />;
}
