import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { subscriptionFields } from "@/lib/catalog/stripe/output-fields/subscription-fields";
import json from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "customer.subscription.deleted");

export const subscriptionCanceled = defineTrigger({
  key: "subscription_canceled",
  name: "Subscription canceled",
  description: "Runs when a subscription ends, whether it was canceled on the spot or ran out at the end of a period the customer had canceled.",
  eventTypes: ["customer.subscription.deleted"] satisfies Stripe.Event["type"][],
  options: { customerId: commonOptions.customerId, mode: commonOptions.mode },
  matches(event, options) {
    if (event.type !== "customer.subscription.deleted") return false;
    return matchesCommonOptions({ event, customer: event.data.object.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    ...subscriptionFields,
    {
      path: "cancellation_details.reason",
      label: "Cancellation reason",
      type: "string",
      help: "cancellation_requested (by the customer or you), payment_failed or payment_disputed.",
    },
    {
      path: "cancellation_details.feedback",
      label: "Customer feedback",
      type: "string",
      help: "What the customer picked when canceling: too_expensive, missing_features, switched_service, unused, customer_service, too_complex, low_quality or other.",
    },
    { path: "cancellation_details.comment", label: "Customer comment", type: "string" },
    { path: "canceled_at", label: "Canceled at", type: "timestamp", help: "When the cancellation was asked for." },
    { path: "ended_at", label: "Ended at", type: "timestamp" },
    {
      path: "cancel_at_period_end",
      label: "Canceled at period end",
      type: "boolean",
      help: "Yes when the cancellation had been scheduled for the end of the billing period.",
    },
    ...eventFields,
  ]),
});
