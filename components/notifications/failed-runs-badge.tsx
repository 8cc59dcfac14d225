"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/runs/fetch-json";
import { NOTIFICATION_POLL_MS, type FailedRunsBadge as Badge } from "@/lib/notifications/schema";

export const FAILED_RUNS_QUERY_KEY = ["notifications", "failed-runs"] as const;

/** Beside "Runs" in the header: runs that failed since the run history was last opened. */
export function FailedRunsBadge() {
  const t = useTranslations();
  const badge = useQuery({
    queryKey: FAILED_RUNS_QUERY_KEY,
    queryFn: () => fetchJson<Badge>("/api/notifications/failed-runs"),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
  const count = badge.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <span
      role="img"
      aria-label={count > 99 ? t("shell.nav.failedRunsMany") : t("shell.nav.failedRuns", { count })}
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold leading-none text-white"
    >
      {count > 99 ? "99+" : count}
    </span>
  );
}
