// Get payment intent: a payment intent by its ID (a dispute's or a charge's), with its amount,
// customer, status and latest charge. A missing one stops the run or continues, as the step says (if-not-found.ts).
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField, NOTHING_FOUND, retrieveOrNothing, type Found } from "@/lib/catalog/stripe/lookups/if-not-found";
import { stripeId } from "@/lib/catalog/stripe/lookups/stripe-id";
import json from "@/lib/catalog/stripe/samples/payment_intent.succeeded.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const inSmallestUnit = "In the currency's smallest unit (cents for USD).";

const sample = sampleEvent(json, "payment_intent.succeeded");

export const getPaymentIntent = defineStripeLookup({
  key: "get_payment_intent",
  name: "Get payment intent",
  description: "Loads a payment intent from Stripe by its ID, with its amount, customer, status and latest charge.",
  inputs: {
    paymentIntentId: field.text({
      label: "Payment intent ID",
      required: true,
      help: "The Stripe payment intent ID (pi_…), for example a dispute's or a charge's payment intent.",
      example: "pi_1PgafyB7WZ01zgkWSjxsAJo3",
    }),
    ifNotFound: ifNotFoundField({ label: "If no payment intent is found" }),
  },
  notFound: { reference: "paymentIntentId", choice: "ifNotFound", empty: NOTHING_FOUND },
  outputFields: [
    foundOutputField({ resource: "payment intent" }),
    ...outputFieldsFrom(sample, [
      { path: "id", label: "Payment intent ID", type: "string" },
      { path: "amount", label: "Amount", type: "amount", help: inSmallestUnit },
      { path: "amount_received", label: "Amount received", type: "amount", help: inSmallestUnit },
      { path: "currency", label: "Currency", type: "string" },
      { path: "customer", label: "Customer ID", type: "string", help: "Empty for a payment made without a Stripe customer." },
      { path: "receipt_email", label: "Receipt email", type: "string" },
      {
        path: "status",
        label: "Status",
        type: "string",
        help: "succeeded, processing, requires_payment_method, requires_confirmation, requires_action, requires_capture or canceled.",
      },
      { path: "latest_charge", label: "Latest charge ID", type: "string" },
      { path: "payment_method", label: "Payment method ID", type: "string" },
      { path: "description", label: "Description", type: "string" },
      { path: "created", label: "Created at", type: "timestamp" },
      { path: "metadata", label: "Metadata", type: "object" },
    ]),
  ],
  async run({ input, client }): Promise<Found<Stripe.PaymentIntent> | typeof NOTHING_FOUND> {
    const id = stripeId({ value: input.paymentIntentId, prefix: "pi", field: "paymentIntentId" });
    return retrieveOrNothing({ id, retrieve: (intent) => client.paymentIntents.retrieve(intent), resource: "payment intent", ifNotFound: input.ifNotFound });
  },
});
