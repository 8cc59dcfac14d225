import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import json from "@/lib/catalog/stripe/samples/checkout.session.completed.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "checkout.session.completed");

export const checkoutSessionCompleted = defineTrigger({
  key: "checkout_session_completed",
  name: "Checkout session completed",
  description: "Runs when a customer finishes a Stripe Checkout page, including guests who bought without an account.",
  eventTypes: ["checkout.session.completed"] satisfies Stripe.Event["type"][],
  options: {
    onlyWhenPaid: field.boolean({
      label: "Only when paid",
      help: "Skip checkouts whose payment is still on its way (bank debits) or was not needed (free trials).",
      default: false,
    }),
    customerId: commonOptions.customerId,
    mode: commonOptions.mode,
  },
  matches(event, options) {
    if (event.type !== "checkout.session.completed") return false;
    const session = event.data.object;
    if (options.onlyWhenPaid && session.payment_status !== "paid") return false;
    return matchesCommonOptions({ event, customer: session.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    { path: "id", label: "Checkout session ID", type: "string" },
    { path: "customer_details.email", label: "Customer email", type: "string", help: "What the customer entered at checkout; also set for guests." },
    { path: "customer_details.name", label: "Customer name", type: "string" },
    { path: "customer", label: "Customer ID", type: "string", help: "Empty for a guest checkout that created no Stripe customer." },
    { path: "client_reference_id", label: "Client reference ID", type: "string", help: "The ID your site passed to Checkout, often your own user ID." },
    { path: "amount_total", label: "Amount total", type: "amount", help: "In the currency's smallest unit (cents for USD)." },
    { path: "amount_subtotal", label: "Amount before discounts and taxes", type: "amount" },
    { path: "currency", label: "Currency", type: "string" },
    { path: "payment_status", label: "Payment status", type: "string", help: "paid, unpaid (payment still on its way) or no_payment_required." },
    { path: "mode", label: "Checkout mode", type: "string", help: "payment, subscription or setup." },
    { path: "subscription", label: "Subscription ID", type: "string", help: "Empty unless the checkout started a subscription." },
    { path: "invoice", label: "Invoice ID", type: "string" },
    { path: "payment_intent", label: "Payment intent ID", type: "string", help: "Set for one-time payments; empty for subscriptions." },
    { path: "customer_details.address.country", label: "Customer country", type: "string" },
    { path: "created", label: "Created at", type: "timestamp" },
    { path: "metadata", label: "Metadata", type: "object" },
    ...eventFields,
  ]),
});
