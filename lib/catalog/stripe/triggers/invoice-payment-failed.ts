import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { invoiceFields } from "@/lib/catalog/stripe/output-fields/invoice-fields";
import json from "@/lib/catalog/stripe/samples/invoice.payment_failed.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "invoice.payment_failed");

export const invoicePaymentFailed = defineTrigger({
  key: "invoice_payment_failed",
  name: "Invoice payment failed",
  description: "Runs each time Stripe fails to collect an invoice, such as a subscription renewal, with the link the customer can pay it at.",
  eventTypes: ["invoice.payment_failed"] satisfies Stripe.Event["type"][],
  options: { customerId: commonOptions.customerId, mode: commonOptions.mode },
  matches(event, options) {
    if (event.type !== "invoice.payment_failed") return false;
    return matchesCommonOptions({ event, customer: event.data.object.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    ...invoiceFields,
    { path: "attempt_count", label: "Payment attempts so far", type: "number" },
    {
      path: "next_payment_attempt",
      label: "Next payment attempt",
      type: "timestamp",
      help: "When Stripe will try again; empty when it will not retry.",
    },
    ...eventFields,
  ]),
});
