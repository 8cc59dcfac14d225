"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requestProblem } from "@/components/runs/request-problem";
import { fetchJson } from "@/components/runs/fetch-json";
import { RunFilters } from "@/components/runs/run-filters";
import { RunList } from "@/components/runs/run-list";
import { ReplayAllButton } from "@/components/runs/replay-all-button";
import { IN_FLIGHT_STATUSES, type RunPage } from "@/lib/runs/schema";

const POLL_MS = 2_000;
const IDLE_POLL_MS = 5_000;

/** The API's filters from the URL's: dates are whole days in the browser's time zone. */
function apiQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ["zapId", "status", "mode", "origin"]) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const day = (value: string | null, plusDays = 0) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const date = new Date(`${value}T00:00:00`);
    date.setDate(date.getDate() + plusDays);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  };
  const from = day(params.get("from"));
  const to = day(params.get("to"), 1);
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  return query;
}

/** Filters, the runs table and "Load more"; refreshes itself every 2 s while a listed run is in flight. */
export function RunHistory({ zaps }: { zaps: { id: string; name: string }[] }) {
  const t = useTranslations();
  const params = useSearchParams();
  const query = apiQuery(params);
  const zap = zaps.find((candidate) => candidate.id === params.get("zapId"));
  const filtered = [...query.keys()].length > 0;

  const runs = useInfiniteQuery({
    queryKey: ["runs", query.toString()],
    queryFn: ({ pageParam }) => {
      const page = new URLSearchParams(query);
      if (pageParam) page.set("cursor", pageParam);
      return fetchJson<RunPage>(`/api/runs?${page}`);
    },
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Quick while a run in view is in flight; slowly otherwise, so new runs still appear without a reload.
    refetchInterval: (state) =>
      state.state.data?.pages.some((page) => page.runs.some((run) => IN_FLIGHT_STATUSES.includes(run.status))) ? POLL_MS : IDLE_POLL_MS,
    refetchIntervalInBackground: false,
  });
  const list = runs.data?.pages.flatMap((page) => page.runs) ?? [];

  return (
    <>
      <RunFilters zaps={zaps} />
      {zap ? (
        <div className="mb-4 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-slate-600">
            {t.rich("runs.history.showingZap", { name: zap.name, zap: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <ButtonLink href={`/zaps/${zap.id}/import`} variant="secondary">
              {t("runs.history.importPast")}
            </ButtonLink>
            <ReplayAllButton zapId={zap.id} zapName={zap.name} />
          </div>
        </div>
      ) : null}
      {runs.isError ? (
        <Alert>{t(requestProblem(runs.error))}</Alert>
      ) : runs.isPending ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white px-4 py-10 text-center text-sm text-slate-500">
          {t("runs.history.loading")}
        </p>
      ) : list.length === 0 ? (
        filtered ? (
          <EmptyState title={t("runs.history.noMatch.title")}>{t("runs.history.noMatch.body")}</EmptyState>
        ) : (
          <EmptyState title={t("runs.history.empty.title")}>{t("runs.history.empty.body")}</EmptyState>
        )
      ) : (
        <>
          <RunList runs={list} />
          <div className="mt-4 flex items-center justify-between gap-4 text-sm text-slate-500">
            <p aria-live="polite">{runs.hasNextPage ? t("runs.history.shown", { count: list.length }) : t("runs.history.shownAll", { count: list.length })}</p>
            {runs.hasNextPage ? (
              <Button variant="secondary" onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>
                {runs.isFetchingNextPage ? t("runs.history.loadingMore") : t("runs.history.loadMore")}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
