"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { makeDemoStripeEvent, type DemoActionResult } from "@/app/(dashboard)/demo/actions";
import { requestProblem } from "@/components/runs/request-problem";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { DemoShopCustomer, DemoStripeEventSummary } from "@/lib/demo/demo-control-types";
import { demoEventKinds, type DemoEventKind } from "@/lib/demo/demo-event-kinds";

const POLL_MS = 2_000;
const OUTCOME_TONES = { pending: "blue", delivered: "green", failed: "red" } as const;
const OUTCOME_LABELS = {
  pending: "demo.stripe.events.outcome.pending",
  delivered: "demo.stripe.events.outcome.delivered",
  failed: "demo.stripe.events.outcome.failed",
} as const;
const KIND_LABELS = {
  payment_succeeded: "demo.stripe.kinds.payment_succeeded",
  payment_failed: "demo.stripe.kinds.payment_failed",
  subscription_canceled: "demo.stripe.kinds.subscription_canceled",
  dispute_opened: "demo.stripe.kinds.dispute_opened",
} as const satisfies Record<DemoEventKind, string>;

/** The Demo Stripe panel: pick a shop customer, make something happen, watch Stripe deliver the event. */
export function DemoStripePanel({ customers }: { customers: DemoShopCustomer[] }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [customerId, setCustomerId] = useState(customers[0]?.id ?? "");
  const [result, setResult] = useState<DemoActionResult>();
  const [pending, startTransition] = useTransition();
  const events = useQuery({
    queryKey: ["demo-stripe-events"],
    queryFn: () => fetchJson<{ events: DemoStripeEventSummary[] }>("/api/demo/stripe-events"),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  const nameOf = (id: string | null) => customers.find((customer) => customer.id === id)?.name ?? id ?? "—";

  function make(kind: DemoEventKind) {
    startTransition(async () => {
      const made = await makeDemoStripeEvent({ kind, customerId });
      setResult(made);
      await queryClient.invalidateQueries({ queryKey: ["demo-stripe-events"] });
      // The customers' subscription states (a cancellation) come with the page.
      if (made.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby="demo-make-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="demo-make-heading" className="text-base font-semibold text-slate-900">
          {t("demo.stripe.make.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("demo.stripe.make.description")}</p>
        <div className="mt-4 max-w-sm">
          <SelectField
            label={t("demo.stripe.customer")}
            value={customerId}
            onChange={(event) => setCustomerId(event.target.value)}
            options={customers.map((customer) => ({
              value: customer.id,
              label:
                customer.subscriptionStatus === "canceled"
                  ? t("demo.stripe.customerCanceled", { name: customer.name, plan: customer.plan })
                  : t("demo.stripe.customerOption", { name: customer.name, plan: customer.plan }),
            }))}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          {demoEventKinds.map((kind) => (
            <Button key={kind} variant="secondary" disabled={pending || !customerId} onClick={() => make(kind)}>
              {t(KIND_LABELS[kind])}
            </Button>
          ))}
        </div>
        {result ? (
          <div className="mt-4">
            <Alert tone={result.ok ? "success" : "warning"}>
              {result.message}
              {result.ok ? <> {t("demo.stripe.seeRuns")}</> : null}
            </Alert>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="demo-events-heading">
        <div className="mb-3 flex items-end justify-between gap-2">
          <h2 id="demo-events-heading" className="text-base font-semibold text-slate-900">
            {t("demo.stripe.events.title")}
          </h2>
          <ButtonLink href="/runs" variant="ghost">
            {t("demo.stripe.events.runsLink")}
          </ButtonLink>
        </div>
        {events.isError ? (
          <Alert>{t(requestProblem(events.error))}</Alert>
        ) : !events.data ? (
          <p role="status" className="text-sm text-slate-500">
            {t("demo.stripe.events.loading")}
          </p>
        ) : events.data.events.length === 0 ? (
          <EmptyState title={t("demo.stripe.events.emptyTitle")}>{t("demo.stripe.events.emptyBody")}</EmptyState>
        ) : (
          <Table
            caption={t("demo.stripe.events.caption")}
            columns={[t("demo.stripe.events.event"), t("demo.stripe.customer"), t("demo.stripe.events.created"), t("demo.stripe.events.deliveries")]}
          >
            {events.data.events.map((event) => (
              <tr key={event.id}>
                <Cell className="font-medium text-slate-900">
                  {event.type}
                  <span className="block font-mono text-xs font-normal text-slate-500">{event.id}</span>
                </Cell>
                <Cell>{nameOf(event.customer)}</Cell>
                <Cell>
                  <LocalTime iso={new Date(event.created * 1000).toISOString()} />
                </Cell>
                <Cell>
                  {event.deliveries.length === 0 ? (
                    t("demo.stripe.events.noEndpoint")
                  ) : (
                    <ul className="space-y-1">
                      {event.deliveries.map((delivery) => (
                        <li key={delivery.url} className="flex flex-wrap items-center gap-2">
                          <StatusBadge
                            tone={OUTCOME_TONES[delivery.outcome]}
                            label={
                              delivery.lastStatus
                                ? t("demo.stripe.events.deliveryWithStatus", {
                                    outcome: t(OUTCOME_LABELS[delivery.outcome]),
                                    status: String(delivery.lastStatus),
                                  })
                                : t(OUTCOME_LABELS[delivery.outcome])
                            }
                          />
                          <span className="font-mono text-xs text-slate-500">{delivery.url.replace(/^https?:\/\/[^/]+/, "")}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
