import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import { Cell, Table } from "@/components/ui/table";
import { RunImportedBadge } from "@/components/runs/run-imported-badge";
import { RunModeBadge } from "@/components/runs/run-mode-badge";
import { RunDuration } from "@/components/runs/run-duration";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { RunWaitingNote } from "@/components/runs/run-waiting-note";
import type { RunSummary } from "@/lib/runs/schema";

export function RunList({ runs }: { runs: RunSummary[] }) {
  return (
    <Table caption="Runs, newest first" columns={["Zap", "Trigger event", "Status", "Mode", "Started", "Duration"]}>
      {runs.map((run) => (
        <tr key={run.id} className="relative hover:bg-slate-50 focus-within:bg-slate-50">
          <Cell className="font-medium text-slate-900">
            {/* The link covers the whole row, so any click on it opens the run. */}
            <Link href={`/runs/${run.id}`} className="after:absolute after:inset-0 after:content-[''] hover:text-brand-700 focus-visible:outline-offset-4">
              {run.zapName}
            </Link>
            {run.replayOfId ? <span className="ml-2 text-xs font-normal text-slate-500">replay</span> : null}
          </Cell>
          <Cell className="font-mono text-xs text-slate-700">{run.eventType}</Cell>
          <Cell className="max-w-md">
            <RunStatusBadge status={run.status} attempts={run.attempts} waitingFor={run.waiting?.waitingFor} />
            {run.waiting ? (
              <div className="mt-1">
                <RunWaitingNote waiting={run.waiting} error={run.error} />
              </div>
            ) : null}
          </Cell>
          <Cell>
            <RunModeBadge isTest={run.isTest} />
            {run.isImported ? <span className="ml-1"><RunImportedBadge /></span> : null}
          </Cell>
          <Cell className="whitespace-nowrap text-slate-600">{formatDateTime(new Date(run.startedAt ?? run.createdAt))}</Cell>
          <Cell className="whitespace-nowrap text-slate-600">
            <RunDuration startedAt={run.startedAt} durationMs={run.durationMs} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
