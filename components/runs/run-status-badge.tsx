import { useTranslations } from "next-intl";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { RunStatus } from "@/lib/generated/prisma/enums";

/** Each status's message key. */
export const RUN_STATUS_LABELS = {
  QUEUED: "runs.status.queued",
  RUNNING: "runs.status.running",
  SUCCEEDED: "runs.status.succeeded",
  FAILED: "runs.status.failed",
  FILTERED: "runs.status.filtered",
  NEEDS_ATTENTION: "runs.status.needsAttention",
} as const satisfies Record<RunStatus, string>;

const TONES: Record<RunStatus, StatusTone> = { QUEUED: "slate", RUNNING: "blue", SUCCEEDED: "green", FAILED: "red", FILTERED: "amber", NEEDS_ATTENTION: "red" };

/**
 * A queued run that waits for an unavailable connection reads "Waiting for Customer.io"; one that has
 * already been tried waits for its next attempt: "Retrying", not "Queued".
 */
export function RunStatusBadge({ status, attempts = 0, waitingFor }: { status: RunStatus; attempts?: number; waitingFor?: string | null }) {
  const t = useTranslations();
  if (status === "QUEUED" && waitingFor) return <StatusBadge tone="amber" label={t("runs.status.waitingFor", { app: waitingFor })} />;
  if (status === "QUEUED" && attempts > 0) return <StatusBadge tone="amber" label={t("runs.status.retrying")} />;
  return <StatusBadge tone={TONES[status]} label={t(RUN_STATUS_LABELS[status])} />;
}
