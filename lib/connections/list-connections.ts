import { describeStripeIntake } from "@/lib/catalog/stripe/intake/describe-stripe-intake";
import { getStripeSyncStatus, type StripeSyncStatus } from "@/lib/catalog/stripe/intake/get-stripe-sync-status";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ConnectionStatus } from "@/lib/generated/prisma/enums";
import { listConnectionZaps, type ConnectionZaps } from "@/lib/connections/list-connection-zaps";
import { customerioConnectionConfigSchema, stripeConnectionConfigSchema } from "@/lib/connections/schema";
import type { StripeIntakeChoice } from "@/lib/connections/set-stripe-intake-mode";
import { stripeWebhookUrl } from "@/lib/connections/stripe-webhook-url";

/** What the page shows about a connection's account: never a secret, only the last 4 characters of keys. */
export type ConnectionDetails =
  | {
      app: "stripe";
      accountId: string | null;
      accountName: string | null;
      livemode: boolean;
      keyLast4: string;
      webhookUrl: string;
      webhook: { mode: "managed" } | { mode: "manual"; signingSecretLast4: string | null };
      /** How its events reach Conduit, and how that is going. */
      intake: StripeIntakeSummary;
    }
  | { app: "customerio"; siteId: string; region: "us" | "eu"; trackKeyLast4: string; appKeyLast4: string | null };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ConnectionSummary {
  id: string;
  app: string;
  label: string;
  status: ConnectionStatus;
  statusMessage: string | null;
  createdAt: Date;
  /** Null when the stored settings cannot be read (e.g. written by an older version). */
  details: ConnectionDetails | null;
  /** The zaps that use it, and those of a deleted connection of the same account it could take over. */
  zaps: ConnectionZaps;
}

export type StripeIntakeSummary = Pick<StripeSyncStatus, "mode" | "syncing" | "lastEvent" | "lastPolledAt" | "pausedReason" | "error"> & {
  description: string;
  /** The mode the user forced, or "automatic" (set-stripe-intake-mode.ts). */
  choice: StripeIntakeChoice;
};

/** The user's connections (never their secrets): Stripe accounts, then Customer.io workspaces, newest first. */
export async function listConnections({ userId, appUrl = env().APP_URL }: { userId: string; appUrl?: string }): Promise<ConnectionSummary[]> {
  const rows = await db.connection.findMany({
    where: { userId },
    // "stripe" sorts after "customerio": descending puts the triggers' app first, as the page explains them.
    orderBy: [{ app: "desc" }, { createdAt: "desc" }],
    select: { id: true, app: true, label: true, status: true, statusMessage: true, createdAt: true, config: true },
  });
  const zapsByConnection = await listConnectionZaps({ userId, connections: rows });
  return Promise.all(
    rows.map(async ({ config, ...row }) => {
      const details = detailsOf({ app: row.app, config, connectionId: row.id, appUrl });
      const zaps = zapsByConnection.get(row.id) ?? { usedBy: [], moveOffer: null };
      if (details?.app !== "stripe") return { ...row, details, zaps };
      const status = await getStripeSyncStatus({ userId, connectionId: row.id });
      const intake: StripeIntakeSummary = {
        mode: status?.mode ?? "sync",
        syncing: status?.syncing ?? false,
        lastEvent: status?.lastEvent ?? null,
        lastPolledAt: status?.lastPolledAt ?? null,
        pausedReason: status?.pausedReason ?? null,
        error: status?.error ?? null,
        description: describeStripeIntake({ config }),
        choice: stripeConnectionConfigSchema.safeParse(config).data?.intake ?? "automatic",
      };
      return { ...row, details: { ...details, intake }, zaps };
    }),
  );
}

function detailsOf({ app, config, connectionId, appUrl }: { app: string; config: unknown; connectionId: string; appUrl: string }): DistributiveOmit<ConnectionDetails, "intake"> | null {
  if (app === "stripe") {
    const parsed = stripeConnectionConfigSchema.safeParse(config);
    if (!parsed.success) return null;
    const { accountId, accountName, livemode, keyLast4, webhook } = parsed.data;
    return {
      app: "stripe",
      accountId,
      accountName,
      livemode,
      keyLast4,
      webhookUrl: stripeWebhookUrl({ appUrl, connectionId }),
      webhook: webhook.mode === "managed" ? { mode: "managed" } : webhook,
    };
  }
  if (app === "customerio") {
    const parsed = customerioConnectionConfigSchema.safeParse(config);
    if (!parsed.success) return null;
    const { siteId, region, trackKeyLast4, appKeyLast4 } = parsed.data;
    return { app: "customerio", siteId, region, trackKeyLast4, appKeyLast4 };
  }
  return null;
}
