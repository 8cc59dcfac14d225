// Get charge: the payment behind an event that names it only by ID (a dispute's charge, a refund's),
// with the customer and billing details that identify the person who paid. A missing charge stops
// the run or continues, as the step says (if-not-found.ts).
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField, NOTHING_FOUND, retrieveOrNothing, type Found } from "@/lib/catalog/stripe/lookups/if-not-found";
import { stripeId } from "@/lib/catalog/stripe/lookups/stripe-id";
import json from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const inSmallestUnit = "In the currency's smallest unit (cents for USD).";

// The samples' charge is the one the dispute sample disputes, so examples link up in the builder.
const sample = sampleEvent(json, "charge.succeeded");

export const getCharge = defineStripeLookup({
  key: "get_charge",
  name: "Get charge",
  description: "Loads a payment (charge) from Stripe by its ID, with its amount, customer, billing email and name, and receipt link.",
  inputs: {
    chargeId: field.text({
      label: "Charge ID",
      required: true,
      help: "The Stripe charge ID (ch_… or py_…), for example a dispute's charge.",
      example: "ch_1PgafuB7WZ01zgkWXYmPNZs8",
    }),
    ifNotFound: ifNotFoundField({ label: "If no charge is found" }),
  },
  notFound: { reference: "chargeId", choice: "ifNotFound", empty: NOTHING_FOUND },
  outputFields: [
    foundOutputField({ resource: "charge" }),
    ...outputFieldsFrom(sample, [
      { path: "id", label: "Charge ID", type: "string" },
      { path: "amount", label: "Amount", type: "amount", help: inSmallestUnit },
      { path: "amount_refunded", label: "Amount refunded", type: "amount", help: inSmallestUnit },
      { path: "currency", label: "Currency", type: "string" },
      { path: "customer", label: "Customer ID", type: "string", help: "Empty for a payment made without a Stripe customer: use the billing email then." },
      { path: "billing_details.email", label: "Billing email", type: "string" },
      { path: "billing_details.name", label: "Billing name", type: "string" },
      { path: "receipt_email", label: "Receipt email", type: "string" },
      { path: "payment_intent", label: "Payment intent ID", type: "string" },
      { path: "receipt_url", label: "Receipt URL", type: "string" },
      { path: "status", label: "Status", type: "string", help: "succeeded, pending or failed." },
      { path: "description", label: "Description", type: "string" },
      { path: "disputed", label: "Disputed", type: "boolean" },
      { path: "refunded", label: "Fully refunded", type: "boolean" },
      { path: "payment_method_details.card.brand", label: "Card brand", type: "string" },
      { path: "payment_method_details.card.last4", label: "Card last 4 digits", type: "string" },
      { path: "created", label: "Created at", type: "timestamp" },
      { path: "metadata", label: "Metadata", type: "object" },
    ]),
  ],
  async run({ input, client }): Promise<Found<Stripe.Charge> | typeof NOTHING_FOUND> {
    const id = stripeId({ value: input.chargeId, prefix: ["ch", "py"], field: "chargeId" });
    return retrieveOrNothing({ id, retrieve: (charge) => client.charges.retrieve(charge), resource: "charge", ifNotFound: input.ifNotFound });
  },
});
