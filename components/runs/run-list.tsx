import { formatDateTime } from "@/components/ui/format-date";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import type { RunSummary } from "@/lib/runs/list-runs";

export function RunList({ runs }: { runs: RunSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Recent runs</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3">Zap</th>
            <th scope="col" className="px-4 py-3">Event</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Started</th>
            <th scope="col" className="px-4 py-3">Duration</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className="px-4 py-3 font-medium text-slate-900">
                {run.zapName}
                {run.isTest ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">Test</span> : null}
              </td>
              <td className="px-4 py-3 font-mono text-xs text-slate-700">{run.eventType}</td>
              <td className="px-4 py-3">
                <RunStatusBadge status={run.status} />
              </td>
              <td className="px-4 py-3 text-slate-600">{formatDateTime(run.createdAt)}</td>
              <td className="px-4 py-3 text-slate-600">{run.durationMs === null ? "—" : `${run.durationMs} ms`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
