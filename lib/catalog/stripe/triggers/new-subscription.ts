import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { subscriptionFields } from "@/lib/catalog/stripe/output-fields/subscription-fields";
import json from "@/lib/catalog/stripe/samples/customer.subscription.created.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

const sample = sampleEvent(json, "customer.subscription.created");

export const newSubscription = defineTrigger({
  key: "new_subscription",
  name: "New subscription",
  description: "Runs when a customer starts a subscription, paid or on a trial.",
  eventTypes: ["customer.subscription.created"] satisfies Stripe.Event["type"][],
  options: {
    statuses: field.multiSelect({
      label: "Statuses",
      help:
        "A subscription waiting for its first payment starts as incomplete and only later becomes active (a Subscription updated event): " +
        "add Incomplete to run for those at once.",
      options: [
        { value: "active", label: "Active" },
        { value: "trialing", label: "Trialing" },
        { value: "incomplete", label: "Incomplete" },
      ],
      default: ["active", "trialing"],
    }),
    customerId: commonOptions.customerId,
    mode: commonOptions.mode,
  },
  matches(event, options) {
    if (event.type !== "customer.subscription.created") return false;
    const subscription = event.data.object;
    if (!options.statuses.some((status) => status === subscription.status)) return false;
    return matchesCommonOptions({ event, customer: subscription.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [...subscriptionFields, ...eventFields]),
});
