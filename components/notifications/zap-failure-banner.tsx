"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/runs/fetch-json";
import { LocalTime } from "@/components/ui/local-time";
import { NOTIFICATION_POLL_MS, type ZapFailureSummary } from "@/lib/notifications/schema";

const ERROR_SHOWN = 300;

type Answer = { failures: ZapFailureSummary | null };

async function dismiss(zapId: string): Promise<void> {
  const response = await fetch(`/api/notifications/zaps/${encodeURIComponent(zapId)}/dismiss`, { method: "POST" });
  if (!response.ok) throw new Error(`Dismissing answered ${response.status}`);
}

/** On a zap: how many of its runs failed since the banner was last dismissed, and the latest error. */
export function ZapFailureBanner({ zapId }: { zapId: string }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const queryKey = ["notifications", "zap-failures", zapId];
  const summary = useQuery({
    queryKey,
    queryFn: () => fetchJson<Answer>(`/api/notifications/zaps/${encodeURIComponent(zapId)}`),
    refetchInterval: NOTIFICATION_POLL_MS,
  });
  const dismissal = useMutation({
    mutationFn: () => dismiss(zapId),
    onSuccess: () => queryClient.setQueryData<Answer>(queryKey, { failures: null }),
  });
  const failures = summary.data?.failures;
  if (!failures) return null;

  const error = failures.latest.error ?? t("notifications.banner.noError");
  // Runs whose step may or may not have taken effect wait for their owner: they did not fail.
  const summaryKey =
    failures.needsAttention === 0
      ? "notifications.banner.failed"
      : failures.needsAttention < failures.count
        ? "notifications.banner.failedOrAttention"
        : "notifications.banner.attention";
  const failedRunsHref = `/runs?${new URLSearchParams({ zapId, status: "FAILED", mode: "live" })}`;
  return (
    <section aria-label={t("notifications.banner.label")} className="mb-6 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="break-words">
        <span className="font-semibold">{t.rich(summaryKey, { count: failures.count, time: () => <LocalTime iso={failures.since} /> })}</span>{" "}
        {t.rich("notifications.banner.latest", {
          error: error.length > ERROR_SHOWN ? `${error.slice(0, ERROR_SHOWN)}…` : error,
          full: (chunks) => <span title={error.length > ERROR_SHOWN ? error : undefined}>{chunks}</span>,
        })}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
        <Link href={failedRunsHref} className="font-medium text-red-800 underline underline-offset-2 hover:text-red-950">
          {t("notifications.banner.viewFailed")}
        </Link>
        <button
          type="button"
          onClick={() => dismissal.mutate()}
          disabled={dismissal.isPending}
          className="rounded font-medium text-red-800 underline underline-offset-2 hover:text-red-950 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {t(dismissal.isPending ? "notifications.banner.dismissing" : "notifications.banner.dismiss")}
        </button>
        {dismissal.isError ? (
          <span role="alert" className="text-red-800">
            {t("notifications.banner.dismissFailed")}
          </span>
        ) : null}
      </div>
    </section>
  );
}
