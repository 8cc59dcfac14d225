import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { appCardExtras } from "@/components/connections/app-card-extras";
import { ConnectionAvailability } from "@/components/connections/connection-availability";
import { DeleteConnectionButton } from "@/components/connections/delete-connection-button";
import { MoveZapsOffer } from "@/components/connections/move-zaps-offer";
import type { StripeWebhookGuide } from "@/lib/catalog/stripe/connection/stripe-webhook-guide";
import { LocalTime } from "@/components/ui/local-time";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { ConnectionFact, ConnectionFactPart } from "@/lib/catalog/define";
import type { ConnectionSummary } from "@/lib/connections/list-connections";
import type { Translate } from "@/lib/i18n/translator";

export function ConnectionList({ connections, guide }: { connections: ConnectionSummary[]; guide: StripeWebhookGuide }) {
  const t = useTranslations();
  return (
    <ul aria-label={t("connections.page.title")} className="space-y-4">
      {connections.map((connection) => (
        <ConnectionCard key={connection.id} connection={connection} guide={guide} />
      ))}
    </ul>
  );
}

/** One connection: its app's facts (its catalog `describe`), and what its app adds (app-card-extras.tsx). */
function ConnectionCard({ connection, guide }: { connection: ConnectionSummary; guide: StripeWebhookGuide }) {
  const t = useTranslations();
  const { appName } = connection;
  const { Rows, Section, Actions } = appCardExtras[connection.app] ?? {};
  const status = statusOf(connection, t);
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
        {connection.facts.map((fact) => (
          <Fact key={fact.term} fact={fact} />
        ))}
        {Rows && connection.details ? <Rows connection={connection} /> : null}
        <Row term={t("connections.card.added")}>
          <LocalTime iso={connection.createdAt.toISOString()} />
        </Row>
      </dl>
      {connection.statusMessage ? <p className="px-5 pb-3 text-sm text-red-700">{connection.statusMessage}</p> : null}
      <ConnectionAvailability connection={connection} />
      {connection.zaps.moveOffer ? <MoveZapsOffer connectionId={connection.id} offer={connection.zaps.moveOffer} /> : null}
      {Section && connection.details ? <Section connection={connection} /> : null}

      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50/60 px-5 py-3">
        {Actions && connection.details ? <Actions connection={connection} guide={guide} /> : null}
        <DeleteConnectionButton
          connectionId={connection.id}
          label={connection.label}
          consequence={connection.deleteConsequence ?? ""}
          usedBy={connection.zaps.usedBy}
          appName={appName}
        />
      </div>
    </li>
  );
}

function Fact({ fact }: { fact: ConnectionFact }) {
  return (
    <Row term={fact.term}>
      {fact.lines.length === 1 && fact.lines[0] && !fact.lines[0].badge ? (
        <FactText part={fact.lines[0]} />
      ) : (
        fact.lines.map((part, index) =>
          part.badge ? (
            <p key={index} className="flex flex-wrap items-center gap-2">
              <FactText part={part} />
              <span
                className={`rounded px-1.5 py-0.5 text-xs font-semibold ${part.badge.tone === "green" ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-900"}`}
              >
                {part.badge.label}
              </span>
            </p>
          ) : (
            // A code line under another (an account's id) is secondary: greyed.
            <span key={index} className={part.style === "code" ? "block text-slate-500" : "block"}>
              <FactText part={part} />
            </span>
          ),
        )
      )}
    </Row>
  );
}

const PART_STYLES: Record<NonNullable<ConnectionFactPart["style"]>, string> = {
  strong: "font-medium",
  code: "font-mono text-xs",
  muted: "text-slate-500",
  error: "text-red-700",
};

function FactText({ part }: { part: ConnectionFactPart }) {
  if (part.keyEnding) return <KeyEnding last4={part.text} />;
  const style = part.style ? PART_STYLES[part.style] : "";
  return style ? <span className={style}>{part.text}</span> : <>{part.text}</>;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{term}</dt>
      <dd className="min-w-0 text-slate-800">{children}</dd>
    </div>
  );
}

/** Stands for the hidden part of a key: not text to translate. */
const KEY_MASK = "••••";

function KeyEnding({ last4 }: { last4: string }) {
  const t = useTranslations();
  return (
    <span className="font-mono text-xs">
      <span aria-hidden="true">{KEY_MASK}</span>
      <span className="sr-only">{t("connections.card.endingIn")} </span>
      {last4}
    </span>
  );
}

function statusOf(connection: ConnectionSummary, t: Translate): { tone: StatusTone; label: string } {
  if (connection.status === "ERROR") return { tone: "red", label: t("connections.card.status.error") };
  if (connection.status === "REVOKED") return { tone: "slate", label: t("connections.card.status.revoked") };
  return connection.attention ?? { tone: "green", label: t("connections.card.status.connected") };
}
