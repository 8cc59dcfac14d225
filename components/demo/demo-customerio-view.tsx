"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/components/ui/format-date";
import { Cell, Table } from "@/components/ui/table";
import type { DemoCustomerioReceived } from "@/lib/demo/demo-control-types";

const POLL_MS = 2_000;

const json = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value, null, 2));

function Section({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">({count})</span>
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
  const received = useQuery({
    queryKey: ["demo-customerio"],
    queryFn: () => fetchJson<DemoCustomerioReceived>("/api/demo/customerio"),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  if (received.isError) return <Alert>{received.error.message}</Alert>;
  if (!received.data) {
    return (
      <p role="status" className="text-sm text-slate-500">
        Loading…
      </p>
    );
  }
  const { people, events, emails } = received.data;
  return (
    <div className="space-y-8">
      <Section id="demo-cio-people" title="People" count={people.length} empty="No one yet: a zap that creates or updates a person puts them here.">
        <Table caption="People in the demo workspace, newest first" columns={["ID", "Attributes"]}>
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
      <Section id="demo-cio-events" title="Events" count={events.length} empty="No events yet: a zap that tracks an event puts it here.">
        <Table caption="Events the demo workspace received, newest first" columns={["Event", "Person", "Data", "Received"]}>
          {events.map((event, index) => (
            <tr key={event.id ?? `${event.receivedAt}-${index}`}>
              <Cell className="align-top font-medium text-slate-900">{event.name}</Cell>
              <Cell className="align-top font-mono text-slate-700">{event.customerId ?? `anonymous ${event.anonymousId ?? ""}`}</Cell>
              <Cell>
                <pre className="whitespace-pre-wrap break-all font-mono text-xs">{json(event.data)}</pre>
              </Cell>
              <Cell className="align-top whitespace-nowrap">{formatDateTime(new Date(event.receivedAt))}</Cell>
            </tr>
          ))}
        </Table>
      </Section>
      <Section
        id="demo-cio-emails"
        title="Transactional emails"
        count={emails.length}
        empty="No emails yet: a zap that sends a transactional email puts it here."
      >
        <Table caption="Transactional emails the demo workspace was asked to send, newest first" columns={["To", "Message", "Data", "Queued"]}>
          {emails.map((email) => (
            <tr key={email.deliveryId}>
              <Cell className="align-top font-medium text-slate-900">{String(email.message.to ?? "")}</Cell>
              <Cell className="align-top">
                {email.message.transactional_message_id !== undefined
                  ? `Template ${String(email.message.transactional_message_id)}`
                  : String(email.message.subject ?? "")}
              </Cell>
              <Cell>
                <pre className="whitespace-pre-wrap break-all font-mono text-xs">{json(email.message.message_data)}</pre>
              </Cell>
              <Cell className="align-top whitespace-nowrap">{formatDateTime(new Date(email.queuedAt * 1000))}</Cell>
            </tr>
          ))}
        </Table>
      </Section>
    </div>
  );
}
