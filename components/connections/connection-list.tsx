import type { ReactNode } from "react";
import { ConnectionAvailability } from "@/components/connections/connection-availability";
import { DeleteConnectionButton } from "@/components/connections/delete-connection-button";
import { EditCustomerioButton } from "@/components/connections/edit-customerio-button";
import { IntakeModeControl } from "@/components/connections/intake-mode-control";
import { MoveZapsOffer } from "@/components/connections/move-zaps-offer";
import { ReplaceKeyButton } from "@/components/connections/replace-key-button";
import { StripeAccountLine } from "@/components/connections/stripe-account-line";
import { WebhookSetupButton } from "@/components/connections/webhook-setup-button";
import type { StripeWebhookGuide } from "@/lib/connections/stripe-webhook-guide";
import { CopyField } from "@/components/ui/copy-field";
import { formatDateTime } from "@/components/ui/format-date";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { ConnectionDetails, ConnectionSummary } from "@/lib/connections/list-connections";

const APP_NAMES: Record<string, string> = { stripe: "Stripe", customerio: "Customer.io" };

export function ConnectionList({ connections, guide }: { connections: ConnectionSummary[]; guide: StripeWebhookGuide }) {
  return (
    <ul aria-label="Connections" className="space-y-4">
      {connections.map((connection) => (
        <ConnectionCard key={connection.id} connection={connection} guide={guide} />
      ))}
    </ul>
  );
}

function ConnectionCard({ connection, guide }: { connection: ConnectionSummary; guide: StripeWebhookGuide }) {
  const { details } = connection;
  const appName = APP_NAMES[connection.app] ?? connection.app;
  const status = statusOf(connection);
  const headingId = `connection-${connection.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 px-5 pt-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{appName}</p>
          <h2 id={headingId} className="mt-0.5 break-words text-base font-semibold text-slate-900">
            {connection.label}
          </h2>
        </div>
        <StatusBadge tone={status.tone} label={status.label} />
      </div>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-3 px-5 py-4 text-sm sm:gap-x-6">
        {details?.app === "stripe" ? <StripeDetails connectionId={connection.id} details={details} /> : null}
        {details?.app === "customerio" ? <CustomerioDetails details={details} /> : null}
        <Row term="Added">{formatDateTime(connection.createdAt)}</Row>
      </dl>
      {connection.statusMessage ? <p className="px-5 pb-3 text-sm text-red-700">{connection.statusMessage}</p> : null}
      <ConnectionAvailability connection={connection} />
      {connection.zaps.moveOffer ? <MoveZapsOffer connectionId={connection.id} offer={connection.zaps.moveOffer} /> : null}

      {details?.app === "stripe" ? (
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
      ) : null}

      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50/60 px-5 py-3">
        {details?.app === "stripe" && details.webhook.mode === "manual" ? (
          <WebhookSetupButton
            connectionId={connection.id}
            label={connection.label}
            webhookUrl={details.webhookUrl}
            livemode={details.livemode}
            guide={guide}
            hasSecret={details.webhook.signingSecretLast4 !== null}
          />
        ) : null}
        {details?.app === "stripe" ? <ReplaceKeyButton connectionId={connection.id} label={connection.label} livemode={details.livemode} /> : null}
        {details?.app === "customerio" ? (
          <EditCustomerioButton
            connectionId={connection.id}
            label={connection.label}
            siteId={details.siteId}
            region={details.region}
            trackKeyLast4={details.trackKeyLast4}
            appKeyLast4={details.appKeyLast4}
          />
        ) : null}
        <DeleteConnectionButton connectionId={connection.id} label={connection.label} consequence={deleteConsequence(connection)} usedBy={connection.zaps.usedBy} appName={appName} />
      </div>
    </li>
  );
}

function StripeDetails({ connectionId, details }: { connectionId: string; details: Extract<ConnectionDetails, { app: "stripe" }> }) {
  return (
    <>
      <Row term="Account">
        <StripeAccountLine accountName={details.accountName} livemode={details.livemode} />
        <span className="font-mono text-xs text-slate-500">{details.accountId}</span>
      </Row>
      <Row term="API key">
        <KeyEnding last4={details.keyLast4} />
      </Row>
      <Row term="Events">
        <span className="block">{details.intake.description}</span>
        <span className="block text-slate-500">
          {details.intake.lastEvent ? `Last event: ${details.intake.lastEvent.type}, ${formatDateTime(details.intake.lastEvent.at)}` : "No event received yet."}
          {details.intake.mode === "sync" && details.intake.lastPolledAt ? ` Last checked ${formatDateTime(details.intake.lastPolledAt)}.` : ""}
          {details.intake.mode === "sync" && !details.intake.syncing && !details.intake.error ? " Checking starts when a zap that uses this account is on." : ""}
        </span>
        {details.intake.error ? <span className="block text-red-700">{details.intake.error}</span> : null}
        <IntakeModeControl connectionId={connectionId} choice={details.intake.choice} mode={details.intake.mode} />
      </Row>
    </>
  );
}

function CustomerioDetails({ details }: { details: Extract<ConnectionDetails, { app: "customerio" }> }) {
  return (
    <>
      <Row term="Region">{details.region === "eu" ? "EU" : "US"}</Row>
      <Row term="Site ID">
        <span className="font-mono text-xs">{details.siteId}</span>
      </Row>
      <Row term="Track API key">
        <KeyEnding last4={details.trackKeyLast4} />
      </Row>
      <Row term="App API key">{details.appKeyLast4 ? <KeyEnding last4={details.appKeyLast4} /> : <span className="text-slate-500">Not added (needed for transactional email: add it with Edit)</span>}</Row>
    </>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{term}</dt>
      <dd className="min-w-0 text-slate-800">{children}</dd>
    </div>
  );
}

function KeyEnding({ last4 }: { last4: string }) {
  return (
    <span className="font-mono text-xs">
      <span aria-hidden="true">••••</span>
      <span className="sr-only">ending in </span>
      {last4}
    </span>
  );
}

function statusOf(connection: ConnectionSummary): { tone: StatusTone; label: string } {
  if (connection.status === "ERROR") return { tone: "red", label: "Needs attention" };
  if (connection.status === "REVOKED") return { tone: "slate", label: "Revoked" };
  const { details } = connection;
  if (details?.app === "stripe" && details.intake.pausedReason) return { tone: "red", label: "Events paused" };
  if (details?.app === "stripe" && details.intake.error) return { tone: "amber", label: "Events delayed" };
  return { tone: "green", label: "Connected" };
}

function deleteConsequence(connection: ConnectionSummary): string {
  const { details } = connection;
  if (details?.app === "stripe") {
    const endpoint =
      details.webhook.mode === "managed"
        ? "Conduit also deletes the webhook endpoint it created in Stripe."
        : "Also delete the endpoint you added in Stripe's dashboard (Developers → Webhooks); Conduit did not create it.";
    return `${endpoint} Zaps that start from this account stop receiving events, and its event history is deleted.`;
  }
  return "The keys stay valid in Customer.io; revoke them there if you no longer need them.";
}
