"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { confirmImport, startImport } from "@/app/(dashboard)/zaps/[id]/import/actions";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format-date";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { StripeImportView } from "@/lib/imports/schema";

const POLL_MS = 1_000;
const DAY_MS = 24 * 3600 * 1000;

/** A datetime-local input's value for a moment, in the browser's time zone. */
function localInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * "Import past events" of one zap: a range within Stripe's 30 days, the counts the worker finds in it,
 * then the import of the new events with its progress.
 */
export function ImportPastEvents({ zapId, latest }: { zapId: string; latest: StripeImportView | null }) {
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
      setError("Choose a start and an end.");
      return;
    }
    try {
      const result = await start.mutateAsync({ zapId, from: start_.toISOString(), to: end.toISOString() });
      if (!result.ok) return setError(result.message);
      queryClient.setQueryData(["import", result.import.id], result.import);
      setImportId(result.import.id);
    } catch {
      setError("Conduit could not start the import just now. Try again in a moment.");
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
      setError("Conduit could not start the import just now. Try again in a moment.");
    }
  }

  return (
    <div className="space-y-4">
      {/* The range is in the browser's time zone, which the server does not know: drawn once hydrated. */}
      {hydrated ? <RangeForm onCount={count} disabled={busy || start.isPending} /> : <p className="text-sm text-slate-600">Loading the time range…</p>}
      {error ? <Alert>{error}</Alert> : null}
      {current.isError ? <Alert tone="warning">{current.error.message}</Alert> : null}
      {view ? <ImportState view={view} zapId={zapId} onRun={run} running={confirm.isPending} /> : null}
    </div>
  );
}

function RangeForm({ onCount, disabled }: { onCount: (range: { from: Date; to: Date }) => void; disabled: boolean }) {
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
      aria-label="Time range"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <TextField
        label="From"
        type="datetime-local"
        step={1}
        value={from}
        min={localInput(new Date(now.getTime() - 30 * DAY_MS + 60_000))}
        max={to}
        onChange={(event) => setFrom(event.target.value)}
        required
      />
      <TextField
        label="To"
        type="datetime-local"
        step={1}
        value={to}
        min={from}
        max={localInput(now)}
        onChange={(event) => setTo(event.target.value)}
        required
      />
      <Button type="submit" variant="secondary" disabled={disabled}>
        Count events
      </Button>
    </form>
  );
}

function ImportState({ view, zapId, onRun, running }: { view: StripeImportView; zapId: string; onRun: () => void; running: boolean }) {
  const rangeText = `${formatDateTime(new Date(view.rangeStart))} – ${formatDateTime(new Date(view.rangeEnd))}`;
  const counts =
    view.total !== null && view.alreadyRun !== null && view.notMatching !== null
      ? `Stripe holds ${plural(view.total, "event")} of this zap's trigger in ${rangeText}. ${plural(view.alreadyRun, "has", "have")} a run of this zap already and ${view.alreadyRun === 1 ? "is" : "are"} not run again${view.notMatching > 0 ? `; the trigger's options skip ${view.notMatching}` : ""}.`
      : null;
  return (
    <section aria-label="Import" aria-live="polite" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
      {view.status === "counting" ? (
        <p role="status">
          Counting the events Stripe holds in {rangeText}… {plural(view.total ?? 0, "event")} so far.
        </p>
      ) : null}
      {view.status === "counted" ? (
        <>
          <p>{counts}</p>
          {view.toImport ? (
            <Button onClick={onRun} disabled={running}>
              Import {plural(view.toImport, "new event")}
            </Button>
          ) : (
            <p className="font-medium text-slate-900">Nothing new to import: this zap has run every event in this range.</p>
          )}
        </>
      ) : null}
      {view.status === "importing" ? (
        <>
          <p role="status" className="font-medium text-slate-900">
            Imported {view.imported} of {view.toImport ?? 0}
          </p>
          <progress className="w-full" max={Math.max(view.total ?? 0, 1)} value={view.processed} aria-label="Events gone through" />
        </>
      ) : null}
      {view.status === "done" ? (
        <p role="status" className="font-medium text-slate-900">
          Imported {view.imported} of {view.toImport ?? 0}: {plural(view.imported, "run")} queued.{" "}
          <Link href={`/runs?zapId=${zapId}&origin=imported`} className="text-brand-700 underline">
            See the imported runs
          </Link>
        </p>
      ) : null}
      {view.status === "failed" ? <Alert>{view.error ?? "The import stopped."}</Alert> : null}
    </section>
  );
}
