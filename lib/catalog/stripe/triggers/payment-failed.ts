import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { paymentFields } from "@/lib/catalog/stripe/output-fields/payment-fields";
import { isPaymentIntentWithoutCharge } from "@/lib/catalog/stripe/payment-intent-without-charge";
import json from "@/lib/catalog/stripe/samples/charge.failed.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "charge.failed");
const chargeOnly = "Empty when the payment never reached a charge (a payment intent event).";

export const paymentFailed = defineTrigger({
  key: "payment_failed",
  name: "Payment failed",
  description: "Runs when a customer's payment fails, for example when their card is declined.",
  eventTypes: ["charge.failed", "payment_intent.payment_failed"] satisfies Stripe.Event["type"][],
  options: { ignorePaymentIntents: commonOptions.ignorePaymentIntents, customerId: commonOptions.customerId, mode: commonOptions.mode },
  matches(event, options) {
    if (event.type === "charge.failed") return matchesCommonOptions({ event, customer: event.data.object.customer, options });
    if (event.type !== "payment_intent.payment_failed" || options.ignorePaymentIntents) return false;
    const intent = event.data.object;
    return isPaymentIntentWithoutCharge(intent) && matchesCommonOptions({ event, customer: intent.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    ...paymentFields,
    { path: "failure_code", label: "Failure code", type: "string", help: `For example card_declined or expired_card. ${chargeOnly}` },
    { path: "failure_message", label: "Failure message", type: "string", help: `A sentence you can show the customer. ${chargeOnly}` },
    { path: "outcome.reason", label: "Decline reason", type: "string", help: `For example generic_decline or insufficient_funds. ${chargeOnly}` },
    ...eventFields,
  ]),
});
