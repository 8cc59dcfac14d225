import { useTranslations } from "next-intl";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { Cell, Table } from "@/components/ui/table";
import { RunImportedBadge } from "@/components/runs/run-imported-badge";
import { RunModeBadge } from "@/components/runs/run-mode-badge";
import { RunDuration } from "@/components/runs/run-duration";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { RunWaitingNote } from "@/components/runs/run-waiting-note";
import type { RunSummary } from "@/lib/runs/schema";

export function RunList({ runs }: { runs: RunSummary[] }) {
  const t = useTranslations();
  return (
    <Table
      caption={t("runs.list.caption")}
      columns={[t("runs.list.zap"), t("runs.list.event"), t("runs.list.status"), t("runs.list.mode"), t("runs.list.started"), t("runs.list.duration")]}
    >
      {runs.map((run) => (
        <tr key={run.id} className="relative hover:bg-slate-50 focus-within:bg-slate-50">
          <Cell className="font-medium text-slate-900">
            {/* The link covers the whole row, so any click on it opens the run. */}
            <Link href={`/runs/${run.id}`} className="after:absolute after:inset-0 after:content-[''] hover:text-brand-700 focus-visible:outline-offset-4">
              {run.zapName}
            </Link>
            {run.replayOfId ? <span className="ml-2 text-xs font-normal text-slate-500">{t("runs.list.replay")}</span> : null}
          </Cell>
          <Cell className="font-mono text-xs text-slate-700">{run.eventType}</Cell>
          <Cell className="max-w-md">
            <RunStatusBadge status={run.status} attempts={run.attempts} waitingFor={run.waiting?.waitingFor} />
            {/* Why a filter or a lookup that found nothing stopped it. */}
            {run.status === "FILTERED" && run.error ? (
              <p className="mt-1 line-clamp-2 text-xs text-slate-600" title={run.error}>
                {run.error}
              </p>
            ) : null}
            {run.waiting ? (
              <div className="mt-1">
                <RunWaitingNote waiting={run.waiting} error={run.error} />
              </div>
            ) : null}
          </Cell>
          <Cell>
            <RunModeBadge isTest={run.isTest} livemode={run.livemode} />
            {run.isImported ? (
              <span className="ml-1">
                <RunImportedBadge />
              </span>
            ) : null}
          </Cell>
          <Cell className="whitespace-nowrap text-slate-600">
            <LocalTime iso={run.startedAt ?? run.createdAt} />
          </Cell>
          <Cell className="whitespace-nowrap text-slate-600">
            <RunDuration startedAt={run.startedAt} durationMs={run.durationMs} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
