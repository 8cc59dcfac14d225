// Get subscription: the whole subscription when the event only carries its ID (an invoice's
// subscription, a checkout session's). A missing one stops the run or continues, as the step says (if-not-found.ts).
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField, NOTHING_FOUND, retrieveOrNothing, type Found } from "@/lib/catalog/stripe/lookups/if-not-found";
import { stripeId } from "@/lib/catalog/stripe/lookups/stripe-id";

const inSmallestUnit = "In the currency's smallest unit (cents for USD).";

export const getSubscription = defineStripeLookup({
  key: "get_subscription",
  name: "Get subscription",
  description: "Loads a subscription from Stripe by its ID, with its status, plan and billing dates.",
  inputs: {
    subscriptionId: field.text({
      label: "Subscription ID",
      required: true,
      help: "The Stripe subscription ID (sub_…), for example an invoice's or a checkout session's subscription.",
      example: "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw",
    }),
    ifNotFound: ifNotFoundField({ label: "If no subscription is found" }),
  },
  notFound: { reference: "subscriptionId", choice: "ifNotFound", empty: NOTHING_FOUND },
  outputFields: [
    foundOutputField({ resource: "subscription" }),
    { path: "id", label: "Subscription ID", type: "string", example: "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw" },
    { path: "customer", label: "Customer ID", type: "string", example: "cus_QXg1o8vcGmoR32" },
    {
      path: "status",
      label: "Status",
      type: "string",
      example: "active",
      help: "active, trialing, past_due, canceled, unpaid, incomplete, incomplete_expired or paused.",
    },
    { path: "items.data.0.price.id", label: "Price ID", type: "string", example: "price_1PgafmB7WZ01zgkW6dKueIc5" },
    { path: "items.data.0.price.nickname", label: "Price name", type: "string", example: "Pro monthly" },
    { path: "items.data.0.price.unit_amount", label: "Price amount", type: "amount", example: 2000, help: inSmallestUnit },
    { path: "currency", label: "Currency", type: "string", example: "usd" },
    { path: "items.data.0.price.recurring.interval", label: "Billing interval", type: "string", example: "month" },
    { path: "items.data.0.price.product", label: "Product ID", type: "string", example: "prod_QXg1hqf4jFNsqG" },
    { path: "items.data.0.quantity", label: "Quantity", type: "number", example: 1 },
    { path: "items.data.0.current_period_end", label: "Current period end", type: "timestamp", example: 1734567890 },
    { path: "start_date", label: "Start date", type: "timestamp", example: 1234567890 },
    { path: "trial_end", label: "Trial end", type: "timestamp", example: null, help: "Empty when the subscription has no trial." },
    { path: "cancel_at_period_end", label: "Cancels at period end", type: "boolean", example: false },
    { path: "canceled_at", label: "Canceled at", type: "timestamp", example: null },
    { path: "latest_invoice", label: "Latest invoice ID", type: "string", example: "in_1Pgc6tB7WZ01zgkWu9fdqL6I" },
    { path: "metadata", label: "Metadata", type: "object", example: { plan: "pro" } },
  ],
  async run({ input, client }): Promise<Found<Stripe.Subscription> | typeof NOTHING_FOUND> {
    const id = stripeId({ value: input.subscriptionId, prefix: "sub", field: "subscriptionId" });
    return retrieveOrNothing({
      id,
      retrieve: (subscription) => client.subscriptions.retrieve(subscription),
      resource: "subscription",
      ifNotFound: input.ifNotFound,
    });
  },
});
