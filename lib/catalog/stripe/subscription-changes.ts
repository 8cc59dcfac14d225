import type Stripe from "stripe";

export type SubscriptionChange = "plan_changed" | "cancellation_requested" | "cancellation_withdrawn" | "status_changed";

type CancellationFields = Pick<Stripe.Subscription, "cancel_at" | "cancel_at_period_end">;

const priceIds = (items: Stripe.ApiList<Stripe.SubscriptionItem>) =>
  items.data
    .map((item) => item.price.id)
    .sort()
    .join(",");

// Stripe schedules a cancellation either at the period's end or at a given time (cancel_at).
const cancellationScheduled = (subscription: CancellationFields) => subscription.cancel_at_period_end || subscription.cancel_at !== null;

/**
 * What a customer.subscription.updated event changed, from the subscription and the event's
 * previous_attributes (only the fields that changed, holding their old values).
 */
export function subscriptionChanges(subscription: Stripe.Subscription, previous: Partial<Stripe.Subscription>): Set<SubscriptionChange> {
  const changes = new Set<SubscriptionChange>();
  if (previous.items && priceIds(previous.items) !== priceIds(subscription.items)) changes.add("plan_changed");
  if (previous.status !== undefined && previous.status !== subscription.status) changes.add("status_changed");
  const before: CancellationFields = {
    cancel_at: Object.hasOwn(previous, "cancel_at") ? (previous.cancel_at ?? null) : subscription.cancel_at,
    cancel_at_period_end: previous.cancel_at_period_end ?? subscription.cancel_at_period_end,
  };
  const wasScheduled = cancellationScheduled(before);
  const isScheduled = cancellationScheduled(subscription);
  if (isScheduled && !wasScheduled) changes.add("cancellation_requested");
  if (wasScheduled && !isScheduled) changes.add("cancellation_withdrawn");
  return changes;
}
