import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources, JsonObject } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture, type DeepPartial } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

const { ids, times, urls, prices, person } = story;

interface InvoiceSpec {
  id: string;
  lineId: string;
  tier: keyof typeof prices;
  priceId: string;
  number: string;
  billingReason: Stripe.Invoice.BillingReason;
  created: number;
  /** What the invoice's own period_start/period_end hold: for a first invoice both are its creation. */
  periodStart: number;
  periodEnd: number;
  /** The period the subscription line bills for. */
  servicePeriod: { start: number; end: number };
  hosted: string;
  pdf: string;
}

const first: InvoiceSpec = {
  id: ids.firstInvoice,
  lineId: ids.firstInvoiceLine,
  tier: "starter",
  priceId: ids.starterPrice,
  number: story.invoiceNumbers.first,
  billingReason: "subscription_create",
  created: times.subscriptionStart,
  periodStart: times.subscriptionStart,
  periodEnd: times.subscriptionStart,
  servicePeriod: { start: times.subscriptionStart, end: times.renewalPeriodStart },
  hosted: urls.firstInvoiceHosted,
  pdf: urls.firstInvoicePdf,
};

const renewal: InvoiceSpec = {
  id: ids.renewalInvoice,
  lineId: ids.renewalInvoiceLine,
  tier: "pro",
  priceId: ids.proPrice,
  number: story.invoiceNumbers.renewal,
  billingReason: "subscription_cycle",
  created: times.renewalPeriodStart,
  periodStart: times.subscriptionStart,
  periodEnd: times.renewalPeriodStart,
  servicePeriod: { start: times.renewalPeriodStart, end: times.renewalPeriodEnd },
  hosted: urls.renewalInvoiceHosted,
  pdf: urls.renewalInvoicePdf,
};

/** invoice.paid (the first, Starter invoice) and invoice.payment_failed (the first Pro renewal). */
export function invoiceSamples(resources: FixtureResources): SampleEvent[] {
  const fixture = fixtureOf(resources, "invoice");
  const fixtureLine = (fixture.lines as { data: JsonObject[] }).data[0];
  if (!fixtureLine) throw new Error("The invoice fixture has no line item.");

  const invoice = (spec: InvoiceSpec, overrides: DeepPartial<Stripe.Invoice>) => {
    const { amount, nickname } = prices[spec.tier];
    const line = fromFixture<Stripe.InvoiceLineItem>(fixtureLine, {
      id: spec.lineId,
      invoice: spec.id,
      amount,
      subtotal: amount,
      description: `1 × ${nickname} (at $${(amount / 100).toFixed(2)} / month)`,
      parent: {
        type: "subscription_item_details",
        invoice_item_details: null,
        subscription_item_details: {
          invoice_item: null,
          proration: false,
          proration_details: { credited_items: null },
          subscription: ids.subscription,
          subscription_item: ids.subscriptionItem,
        },
      },
      period: spec.servicePeriod,
      pricing: { type: "price_details", price_details: { price: spec.priceId, product: ids.product }, unit_amount_decimal: String(amount) },
      subscription: ids.subscription,
    });
    const fromSpec: DeepPartial<Stripe.Invoice> = {
      id: spec.id,
      number: spec.number,
      customer: ids.customer,
      customer_email: person.email,
      customer_name: person.name,
      customer_shipping: null,
      created: spec.created,
      period_start: spec.periodStart,
      period_end: spec.periodEnd,
      billing_reason: spec.billingReason,
      amount_due: amount,
      amount_overpaid: 0,
      subtotal: amount,
      subtotal_excluding_tax: amount,
      total: amount,
      total_excluding_tax: amount,
      ending_balance: 0,
      due_date: null,
      hosted_invoice_url: spec.hosted,
      invoice_pdf: spec.pdf,
      lines: { data: [line], url: `/v1/invoices/${spec.id}/lines` },
      parent: {
        type: "subscription_details",
        quote_details: null,
        subscription_details: { metadata: { app_user_id: person.appUserId }, subscription: ids.subscription },
      },
      // Placeholders in the fixture for features these invoices do not use.
      from_invoice: null,
      last_finalization_error: null,
      payment_settings: { payment_method_options: null },
      shipping_cost: null,
      shipping_details: null,
    };
    return fromFixture<Stripe.Invoice>(fixture, fromSpec, overrides);
  };

  const paid = invoice(first, {
    status: "paid",
    attempted: true,
    attempt_count: 1,
    amount_paid: prices.starter.amount,
    amount_remaining: 0,
    auto_advance: false,
    effective_at: times.subscriptionStart,
    next_payment_attempt: null,
    status_transitions: { finalized_at: times.subscriptionStart, paid_at: times.firstCharged },
    webhooks_delivered_at: times.subscriptionStart,
  });
  const failed = invoice(renewal, {
    status: "open",
    attempted: true,
    attempt_count: 1,
    amount_paid: 0,
    amount_remaining: prices.pro.amount,
    auto_advance: true,
    effective_at: times.renewalFinalized,
    next_payment_attempt: times.renewalRetry,
    status_transitions: { finalized_at: times.renewalFinalized, paid_at: null },
    webhooks_delivered_at: times.renewalPeriodStart,
  });

  return [
    eventEnvelope(resources, { id: "evt_1SampleInvoicePaid000000", type: "invoice.paid", created: times.firstCharged, object: paid }),
    eventEnvelope(resources, {
      id: "evt_1SampleInvoicePayFailed0",
      type: "invoice.payment_failed",
      created: times.renewalAuthenticationFailed,
      object: failed,
    }),
  ];
}
