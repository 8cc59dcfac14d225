import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import json from "@/lib/catalog/stripe/samples/charge.dispute.created.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "charge.dispute.created");

// A dispute names its charge by id (webhooks never expand it) and carries no customer, so this
// trigger offers no customer filter and no customer fields: look the charge up in a later step.
export const newDispute = defineTrigger({
  key: "new_dispute",
  name: "New dispute",
  description: "Runs when a customer disputes a payment with their bank (a chargeback or an inquiry).",
  eventTypes: ["charge.dispute.created"] satisfies Stripe.Event["type"][],
  options: { mode: commonOptions.mode },
  matches(event, options) {
    return event.type === "charge.dispute.created" && matchesCommonOptions({ event, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    { path: "id", label: "Dispute ID", type: "string" },
    { path: "charge", label: "Charge ID", type: "string", help: "The disputed payment." },
    { path: "payment_intent", label: "Payment intent ID", type: "string" },
    { path: "amount", label: "Disputed amount", type: "amount", help: "In the currency's smallest unit (cents for USD)." },
    { path: "currency", label: "Currency", type: "string" },
    {
      path: "reason",
      label: "Reason",
      type: "string",
      help: "The bank's reason, for example fraudulent, duplicate, product_not_received, subscription_canceled or general.",
    },
    { path: "status", label: "Status", type: "string", help: "needs_response or warning_needs_response when you can still answer." },
    { path: "evidence_details.due_by", label: "Evidence due by", type: "timestamp" },
    { path: "payment_method_details.card.brand", label: "Card brand", type: "string" },
    { path: "created", label: "Created at", type: "timestamp" },
    { path: "metadata", label: "Metadata", type: "object" },
    ...eventFields,
  ]),
});
