import { useTranslations } from "next-intl";
import { IntakeModeControl } from "@/components/connections/intake-mode-control";
import { ReplaceKeyButton } from "@/components/connections/replace-key-button";
import { StripeAccountLine } from "@/components/connections/stripe-account-line";
import { WebhookSetupButton } from "@/components/connections/webhook-setup-button";
import { WebhookSetupForm } from "@/components/connections/webhook-setup-form";
import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";
import { LocalTime } from "@/components/ui/local-time";
import type { StripeConnectionDetails } from "@/lib/catalog/stripe/connection/describe-stripe-connection";
import type { Connected } from "@/lib/connections/create-connection";
import type { ConnectionSummary } from "@/lib/connections/list-connections";
import type { Translate } from "@/lib/i18n/translator";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";

// What Stripe's connection card and connect dialog draw beyond the generic ones: its webhook and intake.

/** Stripe's result of connecting (lib/catalog/stripe/connection: verify and connect-stripe-webhook). */
type StripeConnected = Connected & { accountName: string | null; livemode: boolean; webhook: { mode: "managed" } | { mode: "manual"; url: string } };

/** The card's details, as describe-stripe-connection.ts wrote them (the registry keys this by app). */
const detailsOf = (connection: ConnectionSummary) => connection.details as unknown as StripeConnectionDetails | null;

/** Closes the dialog when Conduit created the endpoint; otherwise the webhook step follows (null). */
export function stripeConnectedMessage(result: Connected, t: Translate): string | null {
  const connected = result as StripeConnected;
  if (connected.webhook.mode !== "managed") return null;
  return t("connections.stripe.connectedManaged", {
    account: connected.accountName ?? t("connections.stripe.yourAccount"),
    mode: connected.livemode ? "live" : "test",
  });
}

/** Step 2 of Connect Stripe, when Stripe cannot reach Conduit: the webhook endpoint, added by hand. */
export function StripeWebhookStep({
  result,
  guide,
  onDone,
}: {
  result: Connected;
  guide: StripeWebhookGuide;
  onDone: (message: string, warning?: string) => void;
}) {
  const t = useTranslations();
  const connected = result as StripeConnected;
  if (connected.webhook.mode !== "manual") return null;
  return (
    <div className="space-y-5">
      <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        <p className="font-medium">{t("connections.stripe.keySaved")}</p>
        <StripeAccountLine accountName={connected.accountName} livemode={connected.livemode} />
      </div>
      {connected.warning ? <Alert tone="warning">{connected.warning}</Alert> : null}
      <WebhookSetupForm
        connectionId={connected.connectionId}
        webhookUrl={connected.webhook.url}
        livemode={connected.livemode}
        guide={guide}
        onSaved={() => onDone(t("connections.stripe.connectedManual", { account: connected.accountName ?? t("connections.stripe.yourAccount") }))}
        onLater={() => onDone(t("connections.stripe.connectedLater"))}
        laterLabel={t("connections.stripe.later")}
      />
    </div>
  );
}

/** The Events row: how the account's events reach Conduit, and the control that chooses it. */
export function StripeIntakeRow({ connection }: { connection: ConnectionSummary }) {
  const t = useTranslations();
  const intake = detailsOf(connection)?.intake;
  if (!intake) return null;
  const { lastEvent, lastPolledAt } = intake;
  return (
    <div className="contents">
      <dt className="text-slate-500">{t("connections.stripe.events")}</dt>
      <dd className="min-w-0 text-slate-800">
        <span className="block">{intake.description}</span>
        <span className="block text-slate-500">
          {lastEvent
            ? t.rich("connections.stripe.lastEvent", { type: lastEvent.type, time: () => <LocalTime iso={new Date(lastEvent.at).toISOString()} /> })
            : t("connections.stripe.noEventYet")}
          {intake.mode === "sync" && lastPolledAt ? (
            <> {t.rich("connections.stripe.lastChecked", { time: () => <LocalTime iso={new Date(lastPolledAt).toISOString()} /> })}</>
          ) : null}
          {intake.mode === "sync" && !intake.syncing && !intake.error ? <> {t("connections.stripe.checkingStarts")}</> : null}
        </span>
        {intake.error ? <span className="block text-red-700">{intake.error}</span> : null}
        <IntakeModeControl connectionId={connection.id} choice={intake.choice} mode={intake.mode} />
      </dd>
    </div>
  );
}

/** The connection's webhook URL, and who keeps its endpoint in Stripe. */
export function StripeWebhookSection({ connection }: { connection: ConnectionSummary }) {
  const t = useTranslations();
  const details = detailsOf(connection);
  if (!details) return null;
  return (
    <div className="border-t border-slate-100 px-5 py-4">
      <CopyField
        label={t("connections.webhook.url")}
        value={details.webhookUrl}
        help={
          details.webhook.mode === "managed"
            ? t("connections.stripe.webhookManaged")
            : details.webhook.signingSecretLast4
              ? t("connections.stripe.webhookManual", { last4: details.webhook.signingSecretLast4 })
              : t("connections.stripe.webhookOptional")
        }
      />
    </div>
  );
}

/** Set up webhook (for an endpoint added by hand) and Replace key. */
export function StripeCardActions({ connection, guide }: { connection: ConnectionSummary; guide: StripeWebhookGuide }) {
  const details = detailsOf(connection);
  if (!details) return null;
  return (
    <>
      {details.webhook.mode === "manual" ? (
        <WebhookSetupButton
          connectionId={connection.id}
          label={connection.label}
          webhookUrl={details.webhookUrl}
          livemode={details.livemode}
          guide={guide}
          hasSecret={details.webhook.signingSecretLast4 !== null}
        />
      ) : null}
      <ReplaceKeyButton connectionId={connection.id} label={connection.label} livemode={details.livemode} />
    </>
  );
}
