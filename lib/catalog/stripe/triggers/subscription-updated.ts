import type Stripe from "stripe";
import { defineTrigger } from "@/lib/catalog/define";
import { field } from "@/lib/catalog/field";
import { commonOptions } from "@/lib/catalog/stripe/common-options";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { outputFieldsFrom } from "@/lib/catalog/stripe/output-fields-from";
import { eventFields } from "@/lib/catalog/stripe/output-fields/event-fields";
import { subscriptionFields } from "@/lib/catalog/stripe/output-fields/subscription-fields";
import json from "@/lib/catalog/stripe/samples/customer.subscription.updated.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";
import { subscriptionChanges } from "@/lib/catalog/stripe/subscription-changes";

const sample = sampleEvent(json, "customer.subscription.updated");
const previous = "$event.data.previous_attributes";

export const subscriptionUpdated = defineTrigger({
  key: "subscription_updated",
  name: "Subscription updated",
  description: "Runs when a subscription changes, such as a new plan, a cancellation scheduled for the end of the period, or a new status.",
  eventTypes: ["customer.subscription.updated"] satisfies Stripe.Event["type"][],
  options: {
    onlyWhen: field.select({
      label: "Only when",
      help: "Stripe also reports renewals and small edits as updates; pick a change to run only for it.",
      options: [
        { value: "any", label: "Anything changed" },
        { value: "plan_changed", label: "The plan or price changed" },
        { value: "cancellation_requested", label: "A cancellation was scheduled" },
        { value: "cancellation_withdrawn", label: "A scheduled cancellation was undone" },
        { value: "status_changed", label: "The status changed" },
      ],
      default: "any",
      required: true,
    }),
    customerId: commonOptions.customerId,
    mode: commonOptions.mode,
  },
  matches(event, options) {
    if (event.type !== "customer.subscription.updated") return false;
    const subscription = event.data.object;
    if (options.onlyWhen !== "any" && !subscriptionChanges(subscription, event.data.previous_attributes ?? {}).has(options.onlyWhen)) return false;
    return matchesCommonOptions({ event, customer: subscription.customer, options });
  },
  sample,
  outputFields: outputFieldsFrom(sample, [
    ...subscriptionFields,
    { path: "cancel_at_period_end", label: "Cancels at period end", type: "boolean" },
    { path: "cancel_at", label: "Cancels at", type: "timestamp", help: "When a scheduled cancellation takes effect; empty when none is." },
    {
      path: previous,
      label: "Previous values",
      type: "object",
      help: "Only the fields that changed, with their values before the change (for example status or cancel_at_period_end).",
    },
    { path: `${previous}.items.data.0.price.id`, label: "Previous price ID", type: "string", help: "Empty unless the plan or price changed." },
    { path: `${previous}.items.data.0.price.nickname`, label: "Previous price name", type: "string", help: "Empty unless the plan or price changed." },
    { path: `${previous}.items.data.0.price.unit_amount`, label: "Previous price amount", type: "amount", help: "Empty unless the plan or price changed." },
    ...eventFields,
  ]),
});
