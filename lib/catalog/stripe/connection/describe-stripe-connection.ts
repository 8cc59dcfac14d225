import type { ConnectionDescription } from "@/lib/catalog/define";
import { describeStripeIntake } from "@/lib/catalog/stripe/intake/describe-stripe-intake";
import { getStripeSyncStatus, type StripeSyncStatus } from "@/lib/catalog/stripe/intake/get-stripe-sync-status";
import { stripeConnectionConfigSchema } from "@/lib/connections/schema";
import type { StripeIntakeChoice } from "@/lib/connections/set-stripe-intake-mode";
import { stripeWebhookUrl } from "@/lib/connections/stripe-webhook-url";

export type StripeIntakeSummary = Pick<StripeSyncStatus, "mode" | "syncing" | "lastEvent" | "lastPolledAt" | "pausedReason" | "error"> & {
  description: string;
  /** The mode the user forced, or "automatic" (set-stripe-intake-mode.ts). */
  choice: StripeIntakeChoice;
};

/** What the Connections page shows about a Stripe account: never a secret, only the key's last 4 characters. */
export interface StripeConnectionDetails {
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

export async function describeStripeConnection({
  userId,
  connectionId,
  config,
  appUrl,
}: {
  userId: string;
  connectionId: string;
  config: unknown;
  appUrl: string;
}): Promise<ConnectionDescription | null> {
  const parsed = stripeConnectionConfigSchema.safeParse(config);
  if (!parsed.success) return null;
  const { accountId, accountName, livemode, keyLast4, webhook, intake: choice = "automatic" } = parsed.data;
  const status = await getStripeSyncStatus({ userId, connectionId });
  const intake: StripeIntakeSummary = {
    mode: status?.mode ?? "sync",
    syncing: status?.syncing ?? false,
    lastEvent: status?.lastEvent ?? null,
    lastPolledAt: status?.lastPolledAt ?? null,
    pausedReason: status?.pausedReason ?? null,
    error: status?.error ?? null,
    description: describeStripeIntake({ config }),
    choice,
  };
  const details: StripeConnectionDetails = {
    app: "stripe",
    accountId,
    accountName,
    livemode,
    keyLast4,
    webhookUrl: stripeWebhookUrl({ appUrl, connectionId }),
    webhook: webhook.mode === "managed" ? { mode: "managed" } : webhook,
    intake,
  };
  const receivesWebhooks = webhook.mode === "managed" || webhook.signingSecretLast4 !== null;
  const mode = livemode ? "live mode" : "test mode";
  return {
    details: { ...details },
    facts: [
      {
        term: "Account",
        lines: [
          {
            text: accountName ?? "Unnamed Stripe account",
            style: "strong",
            badge: { label: livemode ? "Live mode" : "Test mode", tone: livemode ? "green" : "amber" },
          },
          ...(accountId ? [{ text: accountId, style: "code" as const }] : []),
        ],
      },
      { term: "API key", lines: [{ text: keyLast4, keyEnding: true }] },
    ],
    summary: `${accountName ?? accountId ?? "Stripe account"} (${mode})`,
    ...(intake.pausedReason
      ? { attention: { tone: "red" as const, label: "Events paused" } }
      : intake.error
        ? { attention: { tone: "amber" as const, label: "Events delayed" } }
        : {}),
    ...(receivesWebhooks
      ? {}
      : {
          pickerNote:
            "No webhook is set up for this Stripe account, so Conduit checks Stripe for new events every few seconds. For instant runs, set up its webhook on the Connections page.",
        }),
    deleteConsequence: `${
      webhook.mode === "managed"
        ? "Conduit also deletes the webhook endpoint it created in Stripe."
        : "Also delete the endpoint you added in Stripe's dashboard (Developers → Webhooks); Conduit did not create it."
    } Zaps that start from this account stop receiving events, and its event history is deleted.`,
  };
}
