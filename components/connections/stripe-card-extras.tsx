import { IntakeModeControl } from "@/components/connections/intake-mode-control";
import { ReplaceKeyButton } from "@/components/connections/replace-key-button";
import { StripeAccountLine } from "@/components/connections/stripe-account-line";
import { WebhookSetupButton } from "@/components/connections/webhook-setup-button";
import { WebhookSetupForm } from "@/components/connections/webhook-setup-form";
import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";
import { formatDateTime } from "@/components/ui/format-date";
import type { StripeConnectionDetails } from "@/lib/catalog/stripe/connection/describe-stripe-connection";
import type { Connected } from "@/lib/connections/create-connection";
import type { ConnectionSummary } from "@/lib/connections/list-connections";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";

// What Stripe's connection card and connect dialog draw beyond the generic ones: its webhook and intake.

/** Stripe's result of connecting (lib/catalog/stripe/connection: verify and connect-stripe-webhook). */
type StripeConnected = Connected & { accountName: string | null; livemode: boolean; webhook: { mode: "managed" } | { mode: "manual"; url: string } };

/** The card's details, as describe-stripe-connection.ts wrote them (the registry keys this by app). */
const detailsOf = (connection: ConnectionSummary) => connection.details as unknown as StripeConnectionDetails | null;

function accountOf(result: StripeConnected): string {
  return `${result.accountName ?? "your Stripe account"} (${result.livemode ? "live mode" : "test mode"})`;
}

/** Closes the dialog when Conduit created the endpoint; otherwise the webhook step follows (null). */
export function stripeConnectedMessage(result: Connected): string | null {
  const connected = result as StripeConnected;
  return connected.webhook.mode === "managed" ? `Connected ${accountOf(connected)}. Conduit added its webhook endpoint in Stripe.` : null;
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
  const connected = result as StripeConnected;
  if (connected.webhook.mode !== "manual") return null;
  return (
    <div className="space-y-5">
      <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        <p className="font-medium">Key saved</p>
        <StripeAccountLine accountName={connected.accountName} livemode={connected.livemode} />
      </div>
      {connected.warning ? <Alert tone="warning">{connected.warning}</Alert> : null}
      <WebhookSetupForm
        connectionId={connected.connectionId}
        webhookUrl={connected.webhook.url}
        livemode={connected.livemode}
        guide={guide}
        onSaved={() =>
          onDone(`Connected ${connected.accountName ?? "your Stripe account"}; Stripe's events will reach Conduit through the endpoint you added.`)
        }
        onLater={() => onDone("Stripe is connected. Add the webhook endpoint from the connection's “Set up webhook” button when you are ready.")}
        laterLabel="Do this later"
      />
    </div>
  );
}

/** The Events row: how the account's events reach Conduit, and the control that chooses it. */
export function StripeIntakeRow({ connection }: { connection: ConnectionSummary }) {
  const intake = detailsOf(connection)?.intake;
  if (!intake) return null;
  return (
    <div className="contents">
      <dt className="text-slate-500">Events</dt>
      <dd className="min-w-0 text-slate-800">
        <span className="block">{intake.description}</span>
        <span className="block text-slate-500">
          {intake.lastEvent ? `Last event: ${intake.lastEvent.type}, ${formatDateTime(intake.lastEvent.at)}` : "No event received yet."}
          {intake.mode === "sync" && intake.lastPolledAt ? ` Last checked ${formatDateTime(intake.lastPolledAt)}.` : ""}
          {intake.mode === "sync" && !intake.syncing && !intake.error ? " Checking starts when a zap that uses this account is on." : ""}
        </span>
        {intake.error ? <span className="block text-red-700">{intake.error}</span> : null}
        <IntakeModeControl connectionId={connection.id} choice={intake.choice} mode={intake.mode} />
      </dd>
    </div>
  );
}

/** The connection's webhook URL, and who keeps its endpoint in Stripe. */
export function StripeWebhookSection({ connection }: { connection: ConnectionSummary }) {
  const details = detailsOf(connection);
  if (!details) return null;
  return (
    <div className="border-t border-slate-100 px-5 py-4">
      <CopyField
        label="Webhook URL"
        value={details.webhookUrl}
        help={
          details.webhook.mode === "managed"
            ? "Conduit created this endpoint in Stripe and keeps it up to date."
            : details.webhook.signingSecretLast4
              ? `You added this endpoint in Stripe; its signing secret ends in ${details.webhook.signingSecretLast4}.`
              : "Optional, for instant runs: add this endpoint in Stripe's dashboard (it needs a public https address), or on your own computer run `stripe listen --forward-to` this URL, then save the signing secret it shows. Until then Conduit reads new events from Stripe every few seconds."
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
