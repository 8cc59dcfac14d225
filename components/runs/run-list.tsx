import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration } from "@/components/ui/format-duration";
import { Cell, Table } from "@/components/ui/table";
import { RunModeBadge } from "@/components/runs/run-mode-badge";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
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
          <Cell>
            <RunStatusBadge status={run.status} attempts={run.attempts} />
          </Cell>
          <Cell>
            <RunModeBadge isTest={run.isTest} />
          </Cell>
          <Cell className="whitespace-nowrap text-slate-600">{formatDateTime(new Date(run.startedAt ?? run.createdAt))}</Cell>
          <Cell className="whitespace-nowrap text-slate-600">{formatDuration(run.durationMs)}</Cell>
        </tr>
      ))}
    </Table>
  );
}
