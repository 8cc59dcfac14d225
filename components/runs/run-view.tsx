"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { LocalTime } from "@/components/ui/local-time";
import { requestProblem } from "@/components/runs/request-problem";
import { fetchJson } from "@/components/runs/fetch-json";
import { JsonViewer } from "@/components/runs/json-viewer";
import { ReplayButtons } from "@/components/runs/replay-buttons";
import { RunImportedBadge } from "@/components/runs/run-imported-badge";
import { RunModeBadge } from "@/components/runs/run-mode-badge";
import { RunDuration } from "@/components/runs/run-duration";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { RunWaitingNote } from "@/components/runs/run-waiting-note";
import { RunAttemptLog } from "@/components/runs/run-attempt-log";
import { RunStepCard } from "@/components/runs/run-step-card";
import { formatNumber } from "@/lib/i18n/format-number";
import { isFinal, type RunDetail, type RunLink } from "@/lib/runs/schema";

const POLL_MS = 2_000;

/** A run's page; refreshes itself every 2 s until the run is final. */
export function RunView({ initial }: { initial: RunDetail }) {
  const t = useTranslations();
  const locale = useLocale();
  const query = useQuery({
    queryKey: ["run", initial.id],
    queryFn: () => fetchJson<RunDetail>(`/api/runs/${initial.id}`),
    initialData: initial,
    refetchInterval: (state) => (state.state.data && isFinal(state.state.data.status) ? false : POLL_MS),
  });
  const run = query.data;
  const at = (iso: string | null) => (iso ? <LocalTime iso={iso} /> : "—");

  return (
    <div className="space-y-8">
      <nav aria-label={t("runs.run.breadcrumb")} className="text-sm">
        <Link href="/runs" className="text-slate-600 hover:text-brand-700">
          {t("runs.run.allRuns")}
        </Link>
      </nav>

      <header className="space-y-4">
        <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
          <div className="space-y-2">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{run.zap.name}</h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <RunStatusBadge status={run.status} attempts={run.attempts} waitingFor={run.waiting?.waitingFor} />
              {run.waiting ? <RunWaitingNote waiting={run.waiting} error={run.error} /> : null}
              <RunModeBadge isTest={run.isTest} livemode={run.event.livemode} />
              {run.isImported ? <RunImportedBadge /> : null}
              <span className="font-mono text-xs">{run.event.type}</span>
              <span aria-hidden="true">·</span>
              <span>{run.zap.versionNumber === null ? t("runs.run.unpublishedDraft") : t("runs.run.zapVersion", { number: run.zap.versionNumber })}</span>
            </div>
          </div>
          <ReplayButtons run={run} />
        </div>
        {run.error && !run.waiting ? (
          // A filter or a lookup that found nothing stopped the run: why, not an error.
          run.status === "FILTERED" ? (
            <div role="note" aria-label={t("runs.run.whyStopped")} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {run.error}
            </div>
          ) : (
            <div role="note" aria-label={t("runs.run.error")} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {run.error}
            </div>
          )
        ) : null}
        {query.isRefetchError ? <Alert tone="warning">{t("runs.run.refreshFailed", { error: t(requestProblem(query.error)) })}</Alert> : null}
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4">
          <Fact term={t("runs.run.received")}>{at(run.createdAt)}</Fact>
          <Fact term={t("runs.run.started")}>{at(run.startedAt)}</Fact>
          <Fact term={t("runs.run.duration")}>
            <RunDuration startedAt={run.startedAt} durationMs={run.durationMs} />
          </Fact>
          <Fact term={t("runs.run.attempts")}>{formatNumber({ value: run.attempts, locale })}</Fact>
        </dl>
        <Links replayOf={run.replayOf} replays={run.replays} />
      </header>

      <section aria-labelledby="steps-heading" className="space-y-3">
        <h2 id="steps-heading" className="text-lg font-semibold text-slate-900">
          {t("runs.run.steps")}
        </h2>
        <p className="text-sm text-slate-600">{t("runs.run.stepsHelp")}</p>
        {run.steps.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
            {run.status === "FILTERED" ? t("runs.run.filteredNoStep") : isFinal(run.status) ? t("runs.run.noStepRan") : t("runs.run.noStepYet")}
          </p>
        ) : (
          <ol className="space-y-4">
            {run.steps.map((step) => (
              <RunStepCard key={step.stepIndex} step={step} runId={run.id} canResolve={run.status === "NEEDS_ATTENTION"} />
            ))}
          </ol>
        )}
      </section>

      <RunAttemptLog attempts={run.attemptLog} />

      <section aria-labelledby="event-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="event-heading" className="text-lg font-semibold text-slate-900">
            {t("runs.run.stripeEvent")}
          </h2>
          <p className="text-xs text-slate-500">
            <span className="font-mono">{run.event.stripeEventId}</span>{" "}
            {t.rich("runs.run.eventFacts", {
              livemode: String(run.event.livemode),
              received: () => <LocalTime iso={run.event.receivedAt} />,
            })}
          </p>
        </div>
        <JsonViewer value={run.event.payload} label={t("runs.run.payload")} openDepth={1} />
      </section>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

function Links({ replayOf, replays }: { replayOf: RunLink | null; replays: RunLink[] }) {
  const t = useTranslations();
  if (!replayOf && replays.length === 0) return null;
  return (
    <div className="space-y-1 text-sm text-slate-600">
      {replayOf ? (
        <p>
          {t.rich("runs.run.replayOf", {
            when: () => <LocalTime iso={replayOf.createdAt} />,
            original: (chunks) => (
              <Link href={`/runs/${replayOf.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {replays.length > 0 ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>{t("runs.run.replays")}</span>
          <ul className="flex flex-wrap gap-2">
            {replays.map((replay, index) => (
              <li key={replay.id}>
                <Link
                  href={`/runs/${replay.id}`}
                  className="inline-flex items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1 hover:border-brand-500"
                >
                  {t("runs.run.replayNumber", { number: index + 1 })}
                  <RunStatusBadge status={replay.status} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
