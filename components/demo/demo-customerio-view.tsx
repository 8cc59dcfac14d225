"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { requestProblem } from "@/components/runs/request-problem";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { LocalTime } from "@/components/ui/local-time";
import { Cell, Table } from "@/components/ui/table";
import type { DemoCustomerioReceived } from "@/lib/demo/demo-control-types";

const POLL_MS = 2_000;

const json = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value, null, 2));

function Section({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: React.ReactNode }) {
  const t = useTranslations();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">{t("demo.customerio.count", { count })}</span>
      </h2>
      {count === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">{empty}</p>
      ) : (
        children
      )}
    </section>
  );
}

/** What the demo Customer.io workspace received from Conduit: people, events and emails, newest first. */
export function DemoCustomerioView() {
  const t = useTranslations();
  const received = useQuery({
    queryKey: ["demo-customerio"],
    queryFn: () => fetchJson<DemoCustomerioReceived>("/api/demo/customerio"),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  if (received.isError) return <Alert>{t(requestProblem(received.error))}</Alert>;
  if (!received.data) {
    return (
      <p role="status" className="text-sm text-slate-500">
        {t("demo.loading")}
      </p>
    );
  }
  const { people, events, emails } = received.data;
  return (
    <div className="space-y-8">
      <Section id="demo-cio-people" title={t("demo.customerio.people.title")} count={people.length} empty={t("demo.customerio.people.empty")}>
        <Table caption={t("demo.customerio.people.caption")} columns={[t("demo.customerio.people.id"), t("demo.customerio.people.attributes")]}>
          {people.map((person) => (
            <tr key={person.id}>
              <Cell className="align-top font-mono text-slate-900">{person.id}</Cell>
              <Cell>
                <pre className="whitespace-pre-wrap break-all font-mono text-xs">{json(person.attributes)}</pre>
              </Cell>
            </tr>
          ))}
        </Table>
      </Section>
      <Section id="demo-cio-events" title={t("demo.customerio.events.title")} count={events.length} empty={t("demo.customerio.events.empty")}>
        <Table
          caption={t("demo.customerio.events.caption")}
          columns={[t("demo.customerio.events.event"), t("demo.customerio.events.person"), t("demo.customerio.data"), t("demo.customerio.events.received")]}
        >
          {events.map((event, index) => (
            <tr key={event.id ?? `${event.receivedAt}-${index}`}>
              <Cell className="align-top font-medium text-slate-900">{event.name}</Cell>
              <Cell className="align-top font-mono text-slate-700">
                {event.customerId ?? t("demo.customerio.events.anonymous", { id: event.anonymousId ?? "" })}
              </Cell>
              <Cell>
                <pre className="whitespace-pre-wrap break-all font-mono text-xs">{json(event.data)}</pre>
              </Cell>
              <Cell className="align-top whitespace-nowrap">
                <LocalTime iso={new Date(event.receivedAt).toISOString()} />
              </Cell>
            </tr>
          ))}
        </Table>
      </Section>
      <Section id="demo-cio-emails" title={t("demo.customerio.emails.title")} count={emails.length} empty={t("demo.customerio.emails.empty")}>
        <Table
          caption={t("demo.customerio.emails.caption")}
          columns={[t("demo.customerio.emails.to"), t("demo.customerio.emails.message"), t("demo.customerio.data"), t("demo.customerio.emails.queued")]}
        >
          {emails.map((email) => (
            <tr key={email.deliveryId}>
              <Cell className="align-top font-medium text-slate-900">{String(email.message.to ?? "")}</Cell>
              <Cell className="align-top">
                {email.message.transactional_message_id !== undefined
                  ? t("demo.customerio.emails.template", { id: String(email.message.transactional_message_id) })
                  : String(email.message.subject ?? "")}
              </Cell>
              <Cell>
                <pre className="whitespace-pre-wrap break-all font-mono text-xs">{json(email.message.message_data)}</pre>
              </Cell>
              <Cell className="align-top whitespace-nowrap">
                <LocalTime iso={new Date(email.queuedAt * 1000).toISOString()} />
              </Cell>
            </tr>
          ))}
        </Table>
      </Section>
    </div>
  );
}
