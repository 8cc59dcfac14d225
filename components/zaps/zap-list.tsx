import { formatDateTime } from "@/components/ui/format-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ZapSummary } from "@/lib/zaps/list-zaps";

export function ZapList({ zaps }: { zaps: ZapSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Your zaps</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3">Name</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Last changed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {zaps.map((zap) => (
            <tr key={zap.id}>
              <td className="px-4 py-3 font-medium text-slate-900">{zap.name}</td>
              <td className="px-4 py-3">
                {zap.enabled ? (
                  <StatusBadge tone="green" label="On" />
                ) : (
                  <span title={zap.pausedReason ?? undefined}>
                    <StatusBadge tone={zap.pausedReason ? "amber" : "slate"} label={zap.pausedReason ? "Paused" : "Off"} />
                  </span>
                )}
              </td>
              <td className="px-4 py-3 text-slate-600">{formatDateTime(zap.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
