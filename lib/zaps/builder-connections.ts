import type { ConnectionSummary } from "@/lib/connections/list-connections";

export interface BuilderConnection {
  id: string;
  app: string;
  label: string;
  /** E.g. "Acme (test mode)" or "Site 1a2b, US": which account it is, without secrets. */
  detail: string;
  working: boolean;
  statusMessage: string | null;
  /** What its app says under it once chosen (Stripe, without a webhook: events arrive by polling). */
  note: string | null;
}

/** The user's connections as the builder's pickers show them. */
export function builderConnections({ connections }: { connections: ConnectionSummary[] }): BuilderConnection[] {
  return connections.map((connection) => ({
    id: connection.id,
    app: connection.app,
    label: connection.label,
    detail: connection.summary,
    working: connection.status === "ACTIVE",
    statusMessage: connection.statusMessage,
    note: connection.pickerNote,
  }));
}
