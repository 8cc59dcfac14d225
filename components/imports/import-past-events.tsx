"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { confirmImport, startImport } from "@/app/(dashboard)/zaps/[id]/import/actions";
import { requestProblem } from "@/components/runs/request-problem";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { StripeImportView } from "@/lib/catalog/stripe/import/schema";

const POLL_MS = 1_000;
const DAY_MS = 24 * 3600 * 1000;

/** A datetime-local input's value for a moment, in the browser's time zone. */
function localInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/**
 * "Import past events" of one zap: a range within Stripe's 30 days, the counts the worker finds in it,
 * then the import of the new events with its progress.
 */
export function ImportPastEvents({ zapId, latest }: { zapId: string; latest: StripeImportView | null }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [importId, setImportId] = useState(latest?.id);
  const [error, setError] = useState<string>();

  const current = useQuery({
    queryKey: ["import", importId],
    queryFn: () => fetchJson<StripeImportView>(`/api/imports/${importId}`),
    enabled: importId !== undefined,
    initialData: latest && latest.id === importId ? latest : undefined,
    refetchInterval: (query) => (query.state.data && ["counting", "importing"].includes(query.state.data.status) ? POLL_MS : false),
  });
  const view = current.data;
  const busy = view?.status === "counting" || view?.status === "importing";

  const start = useMutation({ mutationFn: startImport });
  const confirm = useMutation({ mutationFn: confirmImport });

  async function count({ from: start_, to: end }: { from: Date; to: Date }) {
    setError(undefined);
    if (Number.isNaN(start_.getTime()) || Number.isNaN(end.getTime())) {
      setError(t("imports.chooseRange"));
      return;
    }
    try {
      const result = await start.mutateAsync({ zapId, from: start_.toISOString(), to: end.toISOString() });
      if (!result.ok) return setError(result.message);
      queryClient.setQueryData(["import", result.import.id], result.import);
      setImportId(result.import.id);
    } catch {
      setError(t("imports.startFailed"));
    }
  }

  async function run() {
    if (!view) return;
    setError(undefined);
    try {
      const result = await confirm.mutateAsync({ importId: view.id });
      if (!result.ok) return setError(result.message);
      queryClient.setQueryData(["import", result.import.id], result.import);
    } catch {
      setError(t("imports.startFailed"));
    }
  }

  return (
    <div className="space-y-4">
      {/* The range is in the browser's time zone, which the server does not know: drawn once hydrated. */}
      {hydrated ? <RangeForm onCount={count} disabled={busy || start.isPending} /> : <p className="text-sm text-slate-600">{t("imports.loadingRange")}</p>}
      {error ? <Alert>{error}</Alert> : null}
      {current.isError ? <Alert tone="warning">{t(requestProblem(current.error))}</Alert> : null}
      {view ? <ImportState view={view} zapId={zapId} onRun={run} running={confirm.isPending} /> : null}
    </div>
  );
}

function RangeForm({ onCount, disabled }: { onCount: (range: { from: Date; to: Date }) => void; disabled: boolean }) {
  const t = useTranslations();
  const [now] = useState(() => new Date());
  const [from, setFrom] = useState(() => localInput(new Date(now.getTime() - 7 * DAY_MS)));
  const [to, setTo] = useState(() => localInput(now));
  function submit(event: FormEvent) {
    event.preventDefault();
    onCount({ from: new Date(from), to: new Date(to) });
  }
  return (
    <form
      onSubmit={submit}
      aria-label={t("imports.range.label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <TextField
        label={t("imports.range.from")}
        type="datetime-local"
        step={1}
        value={from}
        min={localInput(new Date(now.getTime() - 30 * DAY_MS + 60_000))}
        max={to}
        onChange={(event) => setFrom(event.target.value)}
        required
      />
      <TextField
        label={t("imports.range.to")}
        type="datetime-local"
        step={1}
        value={to}
        min={from}
        max={localInput(now)}
        onChange={(event) => setTo(event.target.value)}
        required
      />
      <Button type="submit" variant="secondary" disabled={disabled}>
        {t("imports.range.count")}
      </Button>
    </form>
  );
}

function ImportState({ view, zapId, onRun, running }: { view: StripeImportView; zapId: string; onRun: () => void; running: boolean }) {
  const t = useTranslations();
  const range = () => t.rich("imports.rangeText", { start: () => <LocalTime iso={view.rangeStart} />, end: () => <LocalTime iso={view.rangeEnd} /> });
  const counts =
    view.total !== null && view.alreadyRun !== null && view.notMatching !== null
      ? view.notMatching > 0
        ? t.rich("imports.countedSkipped", { total: view.total, alreadyRun: view.alreadyRun, notMatching: view.notMatching, range })
        : t.rich("imports.counted", { total: view.total, alreadyRun: view.alreadyRun, range })
      : null;
  return (
    <section aria-label={t("imports.label")} aria-live="polite" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
      {view.status === "counting" ? <p role="status">{t.rich("imports.counting", { count: view.total ?? 0, range })}</p> : null}
      {view.status === "counted" ? (
        <>
          <p>{counts}</p>
          {view.toImport ? (
            <Button onClick={onRun} disabled={running}>
              {t("imports.run", { count: view.toImport })}
            </Button>
          ) : (
            <p className="font-medium text-slate-900">{t("imports.nothingNew")}</p>
          )}
        </>
      ) : null}
      {view.status === "importing" ? (
        <>
          <p role="status" className="font-medium text-slate-900">
            {t("imports.progress", { imported: view.imported, total: view.toImport ?? 0 })}
          </p>
          <progress className="w-full" max={Math.max(view.total ?? 0, 1)} value={view.processed} aria-label={t("imports.progressLabel")} />
        </>
      ) : null}
      {view.status === "done" ? (
        <p role="status" className="font-medium text-slate-900">
          {t("imports.done", { imported: view.imported, total: view.toImport ?? 0 })}{" "}
          <Link href={`/runs?zapId=${zapId}&origin=imported`} className="text-brand-700 underline">
            {t("imports.seeRuns")}
          </Link>
        </p>
      ) : null}
      {view.status === "failed" ? <Alert>{view.error ?? t("imports.stopped")}</Alert> : null}
    </section>
  );
}
