import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { invoiceFields } from "@/lib/catalog/stripe/output-fields/invoice-fields";
import json from "@/lib/catalog/stripe/samples/invoice.paid.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "invoice.paid");

export const invoicePaid = defineTrigger({
  key: "invoice_paid",
  name: "Invoice paid",
  description: "Runs when an invoice is paid, such as each subscription renewal: good for renewal receipts.",
  eventTypes: ["invoice.paid"] satisfies Stripe.Event["type"][],
  options: {
    skipZeroAmount: field.boolean({
      label: "Skip invoices of zero",
      help: "Ignore invoices with nothing to pay, such as the one that starts a free trial.",
      default: false,
    }),
    customerId: commonOptions.customerId,
    mode: commonOptions.mode,
  },
  matches(event, options) {
    if (event.type !== "invoice.paid") return false;
    const invoice = event.data.object;
    if (options.skipZeroAmount && invoice.amount_paid === 0) return false;
    return matchesCommonOptions({ event, customer: invoice.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [...invoiceFields, { path: "status_transitions.paid_at", label: "Paid at", type: "timestamp" }, ...eventFields]),
});
