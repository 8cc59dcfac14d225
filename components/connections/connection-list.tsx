import { formatDateTime } from "@/components/ui/format-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ConnectionSummary } from "@/lib/connections/list-connections";

const APP_NAMES: Record<string, string> = { stripe: "Stripe", customerio: "Customer.io" };

export function ConnectionList({ connections }: { connections: ConnectionSummary[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {connections.map((connection) => (
        <li key={connection.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
          <span className="w-28 font-medium text-slate-900">{APP_NAMES[connection.app] ?? connection.app}</span>
          <span className="flex-1 text-slate-700">{connection.label}</span>
          <StatusBadge
            tone={connection.status === "ACTIVE" ? "green" : connection.status === "ERROR" ? "red" : "slate"}
            label={connection.status === "ACTIVE" ? "Connected" : connection.status === "ERROR" ? "Needs attention" : "Revoked"}
          />
          <span className="text-slate-500">Added {formatDateTime(connection.createdAt)}</span>
          {connection.statusMessage ? <p className="w-full text-red-700">{connection.statusMessage}</p> : null}
        </li>
      ))}
    </ul>
  );
}
