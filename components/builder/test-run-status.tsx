"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/runs/fetch-json";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { isFinal, type RunDetail } from "@/lib/runs/schema";

const POLL_MS = 1_000;

/** The live status of a test run, until it is final, with a link to its page. */
export function TestRunStatus({ runId }: { runId: string }) {
  const t = useTranslations();
  const query = useQuery({
    queryKey: ["run", runId],
    queryFn: () => fetchJson<RunDetail>(`/api/runs/${runId}`),
    refetchInterval: (state) => (state.state.data && isFinal(state.state.data.status) ? false : POLL_MS),
  });
  const run = query.data;
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
      {t("builder.testRun.label")} {run ? <RunStatusBadge status={run.status} /> : <span>{t("builder.testRun.loading")}</span>}
      {run?.error ? <span className="text-red-700">{run.error}</span> : null}
      <Link href={`/runs/${runId}`} className="font-medium text-brand-700 underline">
        {t("builder.testRun.open")}
      </Link>
    </p>
  );
}
