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
              <span title={zap.pausedReason ?? undefined}>
                <StatusBadge tone={zap.pausedReason ? "amber" : "slate"} label={zap.pausedReason ? "Paused" : "Off"} />
              </span>
            )}
          </Cell>
          <Cell>{formatDateTime(zap.updatedAt)}</Cell>
        </tr>
      ))}
    </Table>
  );
}
