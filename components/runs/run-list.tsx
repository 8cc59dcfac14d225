import { formatDateTime } from "@/components/ui/format-date";
import { Cell, Table } from "@/components/ui/table";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import type { RunSummary } from "@/lib/runs/list-runs";

export function RunList({ runs }: { runs: RunSummary[] }) {
  return (
    <Table caption="Recent runs" columns={["Zap", "Event", "Status", "Started", "Duration"]}>
      {runs.map((run) => (
        <tr key={run.id}>
          <Cell className="font-medium text-slate-900">
            {run.zapName}
            {run.isTest ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">Test</span> : null}
          </Cell>
          <Cell className="font-mono text-xs text-slate-700">{run.eventType}</Cell>
          <Cell>
            <RunStatusBadge status={run.status} />
          </Cell>
          <Cell>{formatDateTime(run.createdAt)}</Cell>
          <Cell>{run.durationMs === null ? "—" : `${run.durationMs} ms`}</Cell>
        </tr>
      ))}
    </Table>
  );
}
