import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { RunStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<RunStatus, { tone: StatusTone; label: string }> = {
  QUEUED: { tone: "slate", label: "Queued" },
  RUNNING: { tone: "blue", label: "Running" },
  SUCCEEDED: { tone: "green", label: "Succeeded" },
  FAILED: { tone: "red", label: "Failed" },
  FILTERED: { tone: "amber", label: "Filtered" },
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <StatusBadge {...STATUS[status]} />;
}
