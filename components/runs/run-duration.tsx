"use client";

import { useTranslations } from "next-intl";
import { formatDuration } from "@/components/ui/format-duration";
import { useNow } from "@/components/ui/use-now";

/** A run's whole duration, from its first attempt to its end, or how long it has taken "so far". */
export function RunDuration({ startedAt, durationMs }: { startedAt: string | null; durationMs: number | null }) {
  const t = useTranslations();
  const now = useNow();
  if (durationMs !== null) return <>{formatDuration(durationMs, t)}</>;
  if (!startedAt || now === null) return <>—</>;
  return <>{t("runs.duration.soFar", { duration: formatDuration(Math.max(0, now - new Date(startedAt).getTime()), t) })}</>;
}
