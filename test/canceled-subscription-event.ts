// Stripe's customer.subscription.deleted sample as a new event (a fresh id) for `customer`.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";

export function canceledSubscriptionEvent({ customer }: { customer: string }): Stripe.Event {
  // Spread from the JSON: spreading Stripe.Event's union of every object type takes tsc minutes.
  const sample = subscriptionDeleted;
  return {
    ...sample,
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    data: { ...sample.data, object: { ...sample.data.object, customer } },
  } as unknown as Stripe.Event;
}
