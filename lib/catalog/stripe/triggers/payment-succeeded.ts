import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { paymentFields } from "@/lib/catalog/stripe/output-fields/payment-fields";
import { isPaymentIntentWithoutCharge } from "@/lib/catalog/stripe/payment-intent-without-charge";
import json from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "charge.succeeded");

export const paymentSucceeded = defineTrigger({
  key: "payment_succeeded",
  name: "Payment succeeded",
  description: 'Runs when a customer pays you, once per payment: good for receipts and for keeping a "total spent" up to date.',
  eventTypes: ["charge.succeeded", "payment_intent.succeeded"] satisfies Stripe.Event["type"][],
  options: { ignorePaymentIntents: commonOptions.ignorePaymentIntents, customerId: commonOptions.customerId, mode: commonOptions.mode },
  matches(event, options) {
    if (event.type === "charge.succeeded") return matchesCommonOptions({ event, customer: event.data.object.customer, options });
    if (event.type !== "payment_intent.succeeded" || options.ignorePaymentIntents) return false;
    const intent = event.data.object;
    return isPaymentIntentWithoutCharge(intent) && matchesCommonOptions({ event, customer: intent.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    ...paymentFields,
    {
      path: "receipt_url",
      label: "Receipt URL",
      type: "string",
      help: "A Stripe page with the payment's receipt. Empty when the payment never reached a charge (a payment intent event).",
    },
    ...eventFields,
  ]),
});
