import type { ConnectionSummary } from "@/lib/connections/list-connections";

export interface BuilderConnection {
  id: string;
  app: string;
  label: string;
  /** E.g. "Acme (test mode)" or "Site 1a2b, US": which account it is, without secrets. */
  detail: string;
  working: boolean;
  statusMessage: string | null;
  /** Stripe only: whether webhooks can be verified (a signing secret is stored or the endpoint is managed). */
  receivesWebhooks: boolean;
}

/** The user's connections as the builder's pickers show them. */
export function builderConnections({ connections }: { connections: ConnectionSummary[] }): BuilderConnection[] {
  return connections.map((connection) => {
    const details = connection.details;
    let detail = "";
    let receivesWebhooks = false;
    if (details?.app === "stripe") {
      detail = `${details.accountName ?? details.accountId ?? "Stripe account"} (${details.livemode ? "live mode" : "test mode"})`;
      receivesWebhooks = details.webhook.mode === "managed" || details.webhook.signingSecretLast4 !== null;
    } else if (details?.app === "customerio") {
      detail = `Site ${details.siteId}, ${details.region.toUpperCase()}`;
    }
    return {
      id: connection.id,
      app: connection.app,
      label: connection.label,
      detail,
      working: connection.status === "ACTIVE",
      statusMessage: connection.statusMessage,
      receivesWebhooks,
    };
  });
}
