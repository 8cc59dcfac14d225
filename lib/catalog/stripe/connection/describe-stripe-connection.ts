import type { ConnectionDescription } from "@/lib/catalog/define";
import { describeStripeIntake } from "@/lib/catalog/stripe/intake/describe-stripe-intake";
import { getStripeSyncStatus, type StripeSyncStatus } from "@/lib/catalog/stripe/intake/get-stripe-sync-status";
import { stripeConnectionConfigSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import type { StripeIntakeChoice } from "@/lib/catalog/stripe/intake/set-stripe-intake-mode";
import type { Translate } from "@/lib/i18n/translator";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";

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
  t,
}: {
  userId: string;
  connectionId: string;
  config: unknown;
  appUrl: string;
  t: Translate;
}): Promise<ConnectionDescription | null> {
  const parsed = stripeConnectionConfigSchema.safeParse(config);
  if (!parsed.success) return null;
  const { accountId, accountName, livemode, keyLast4, webhook, intake: choice = "automatic" } = parsed.data;
  const status = await getStripeSyncStatus({ userId, connectionId, t });
  const intake: StripeIntakeSummary = {
    mode: status?.mode ?? "sync",
    syncing: status?.syncing ?? false,
    lastEvent: status?.lastEvent ?? null,
    lastPolledAt: status?.lastPolledAt ?? null,
    pausedReason: status?.pausedReason ?? null,
    error: status?.error ?? null,
    description: describeStripeIntake({ config }, t),
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
  return {
    details: { ...details },
    facts: [
      {
        term: t("connections.card.stripe.account"),
        lines: [
          {
            text: accountName ?? t("connections.stripe.unnamedAccount"),
            style: "strong",
            badge: { label: livemode ? t("connections.stripe.liveMode") : t("connections.stripe.testMode"), tone: livemode ? "green" : "amber" },
          },
          ...(accountId ? [{ text: accountId, style: "code" as const }] : []),
        ],
      },
      { term: t("connections.card.stripe.apiKey"), lines: [{ text: keyLast4, keyEnding: true }] },
    ],
    summary: t("connections.card.stripe.summary", {
      account: accountName ?? accountId ?? t("connections.card.stripe.accountFallback"),
      mode: livemode ? "live" : "test",
    }),
    ...(intake.pausedReason
      ? { attention: { tone: "red" as const, label: t("connections.card.stripe.paused") } }
      : intake.error
        ? { attention: { tone: "amber" as const, label: t("connections.card.stripe.delayed") } }
        : {}),
    ...(receivesWebhooks
      ? {}
      : {
          pickerNote: t("connections.card.stripe.pickerNote"),
        }),
    deleteConsequence: webhook.mode === "managed" ? t("connections.card.stripe.deleteManaged") : t("connections.card.stripe.deleteManual"),
  };
}
