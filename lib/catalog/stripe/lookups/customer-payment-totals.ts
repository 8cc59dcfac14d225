// Customer payment totals: what a customer has paid, from all their charges (every page), for
// "total spent" and "purchase frequency" attributes in Customer.io. A customer Stripe does not know,
// or none in the event (a guest's payment), stops the run or continues, as the step says (if-not-found.ts).
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField, isResourceMissing, nothingFound } from "@/lib/catalog/stripe/lookups/if-not-found";
import { stripeId } from "@/lib/catalog/stripe/lookups/stripe-id";

export interface CustomerPaymentTotals {
  found: boolean;
  customer_id: string | null;
  /** Per currency, in its smallest unit: captured amounts of successful charges minus refunds. */
  total_spent: Record<string, number>;
  total_refunded: Record<string, number>;
  /** Currencies paid in, most payments first. */
  currencies: string[];
  main_currency: string | null;
  main_currency_total_spent: number | null;
  successful_payments: number | null;
  /** Unix seconds, as Stripe gives times. */
  first_payment_at: number | null;
  last_payment_at: number | null;
  active_subscriptions: number | null;
}

/** No customer to add up: every value empty. */
const NO_TOTALS: CustomerPaymentTotals = {
  found: false,
  customer_id: null,
  total_spent: {},
  total_refunded: {},
  currencies: [],
  main_currency: null,
  main_currency_total_spent: null,
  successful_payments: null,
  first_payment_at: null,
  last_payment_at: null,
  active_subscriptions: null,
};

const inSmallestUnit = "In the currency's smallest unit (cents for USD, yen for JPY).";

export const customerPaymentTotals = defineStripeLookup({
  key: "customer_payment_totals",
  name: "Customer payment totals",
  description: "Adds up everything a customer has paid in Stripe, minus refunds, with how often and when they paid.",
  inputs: {
    customerId: field.text({
      label: "Customer ID",
      required: true,
      help: "The Stripe customer ID (cus_…), for example the trigger's Customer ID or the ID from a Find customer step.",
      example: "cus_QXg1o8vcGmoR32",
    }),
    ifNotFound: ifNotFoundField({ label: "If no customer is found" }),
  },
  notFound: { reference: "customerId", choice: "ifNotFound", empty: NO_TOTALS },
  outputFields: [
    foundOutputField({ resource: "customer" }),
    {
      path: "main_currency_total_spent",
      label: "Total spent (main currency)",
      type: "amount",
      example: 12900,
      help: `Successful payments minus refunds, in the main currency. ${inSmallestUnit}`,
    },
    {
      path: "main_currency",
      label: "Main currency",
      type: "string",
      example: "usd",
      help: "The currency of most of the customer's payments; empty when they never paid.",
    },
    { path: "total_spent", label: "Total spent per currency", type: "object", example: { usd: 12900, eur: 4500 }, help: inSmallestUnit },
    { path: "total_refunded", label: "Total refunded per currency", type: "object", example: { usd: 1000 }, help: inSmallestUnit },
    { path: "currencies", label: "Currencies", type: "array", example: ["usd", "eur"] },
    { path: "successful_payments", label: "Number of successful payments", type: "number", example: 7, help: "Captured charges, refunded or not." },
    { path: "first_payment_at", label: "First payment", type: "timestamp", example: 1700000000 },
    { path: "last_payment_at", label: "Last payment", type: "timestamp", example: 1730000000 },
    { path: "active_subscriptions", label: "Active subscriptions", type: "number", example: 1, help: "Subscriptions that are active or trialing." },
    { path: "customer_id", label: "Customer ID", type: "string", example: "cus_QXg1o8vcGmoR32" },
  ],
  async run({ input, client }): Promise<CustomerPaymentTotals> {
    const customer = stripeId({ value: input.customerId, prefix: "cus", field: "customerId" });
    let payments: Awaited<ReturnType<typeof sumCharges>>;
    let activeSubscriptions: number;
    try {
      [payments, activeSubscriptions] = await Promise.all([sumCharges(client, customer), countActiveSubscriptions(client, customer)]);
    } catch (error) {
      // Stripe refuses a list filtered by a customer it does not know.
      if (!isResourceMissing({ error, param: "customer" })) throw error;
      return nothingFound({ ifNotFound: input.ifNotFound, empty: NO_TOTALS, resource: "customer", reference: customer, error });
    }
    const currencies = [...payments.counts.keys()].sort(
      (a, b) => (payments.counts.get(b) ?? 0) - (payments.counts.get(a) ?? 0) || (payments.spent[b] ?? 0) - (payments.spent[a] ?? 0) || a.localeCompare(b),
    );
    const main = currencies[0] ?? null;
    return {
      found: true,
      customer_id: customer,
      total_spent: payments.spent,
      total_refunded: payments.refunded,
      currencies,
      main_currency: main,
      main_currency_total_spent: main ? (payments.spent[main] ?? 0) : 0,
      successful_payments: payments.count,
      first_payment_at: payments.first,
      last_payment_at: payments.last,
      active_subscriptions: activeSubscriptions,
    };
  },
});

async function sumCharges(client: Stripe, customer: string) {
  const spent: Record<string, number> = {};
  const refunded: Record<string, number> = {};
  const counts = new Map<string, number>();
  let count = 0;
  let first: number | null = null;
  let last: number | null = null;
  for await (const charge of client.charges.list({ customer, limit: 100 })) {
    // Failed and pending charges moved no money; an uncaptured one only holds it.
    if (charge.status !== "succeeded" || !charge.captured) continue;
    const currency = charge.currency;
    spent[currency] = (spent[currency] ?? 0) + charge.amount_captured - charge.amount_refunded;
    refunded[currency] = (refunded[currency] ?? 0) + charge.amount_refunded;
    counts.set(currency, (counts.get(currency) ?? 0) + 1);
    count += 1;
    first = first === null ? charge.created : Math.min(first, charge.created);
    last = last === null ? charge.created : Math.max(last, charge.created);
  }
  return { spent, refunded, counts, count, first, last };
}

async function countActiveSubscriptions(client: Stripe, customer: string): Promise<number> {
  let active = 0;
  // Without a status, Stripe lists every subscription that is not canceled or expired.
  for await (const subscription of client.subscriptions.list({ customer, limit: 100 })) {
    if (subscription.status === "active" || subscription.status === "trialing") active += 1;
  }
  return active;
}
