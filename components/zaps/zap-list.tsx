import { formatDateTime } from "@/components/ui/format-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { ZapSummary } from "@/lib/zaps/list-zaps";

export function ZapList({ zaps }: { zaps: ZapSummary[] }) {
  return (
    <Table caption="Your zaps" columns={["Name", "Status", "Last changed"]}>
      {zaps.map((zap) => (
        <tr key={zap.id}>
          <Cell className="font-medium text-slate-900">{zap.name}</Cell>
          <Cell>
            {zap.enabled ? (
              <StatusBadge tone="green" label="On" />
            ) : (
              <StatusBadge tone={zap.pausedReason ? "amber" : "slate"} label={zap.pausedReason ? "Paused" : "Off"} />
            )}
            {!zap.enabled && zap.pausedReason ? <p className="mt-1 max-w-md text-xs text-amber-800">{zap.pausedReason}</p> : null}
          </Cell>
          <Cell>{formatDateTime(zap.updatedAt)}</Cell>
        </tr>
      ))}
    </Table>
  );
}
