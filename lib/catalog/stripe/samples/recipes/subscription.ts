import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture, type DeepPartial } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";
import { subscriptionItem } from "@/lib/catalog/stripe/samples/recipes/subscription-item";

const { times, ids } = story;

/** customer.subscription.created, .updated (Starter to Pro) and .deleted (canceled at the period's end). */
export function subscriptionSamples(resources: FixtureResources): SampleEvent[] {
  const always: DeepPartial<Stripe.Subscription> = {
    id: ids.subscription,
    customer: ids.customer,
    created: times.subscriptionStart,
    start_date: times.subscriptionStart,
    billing_cycle_anchor: times.subscriptionStart,
    default_payment_method: ids.paymentMethod,
    metadata: { app_user_id: story.person.appUserId },
    // Placeholders in the fixture for features this subscription does not use.
    billing_cycle_anchor_config: null,
    billing_schedules: [],
    billing_thresholds: null,
    managed_payments: { enabled: false },
    next_pending_invoice_item_invoice: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, save_default_payment_method: "on_subscription" },
    pending_invoice_item_interval: null,
    pending_update: null,
    transfer_data: null,
    trial_end: null,
    trial_start: null,
  };
  const subscription = (overrides: DeepPartial<Stripe.Subscription>) =>
    fromFixture<Stripe.Subscription>(fixtureOf(resources, "subscription"), always, overrides);
  const notCanceled = {
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
  } satisfies DeepPartial<Stripe.Subscription>;
  const items = (item: DeepPartial<Stripe.SubscriptionItem>) => ({ data: [item] });

  const firstPeriod = { periodStart: times.subscriptionStart, periodEnd: times.renewalPeriodStart };
  const renewalPeriod = { periodStart: times.renewalPeriodStart, periodEnd: times.renewalPeriodEnd };
  const starterItems = items(subscriptionItem(resources, { tier: "starter", ...firstPeriod }));
  const proItems = items(subscriptionItem(resources, { tier: "pro", ...firstPeriod }));
  const created = subscription({ ...notCanceled, status: "active", items: starterItems, latest_invoice: ids.firstInvoice });
  const upgraded = subscription({ ...notCanceled, status: "active", items: proItems, latest_invoice: ids.firstInvoice });
  const deleted = subscription({
    status: "canceled",
    items: items(subscriptionItem(resources, { tier: "pro", ...renewalPeriod })),
    latest_invoice: ids.renewalInvoice,
    cancel_at: times.renewalPeriodEnd,
    cancel_at_period_end: true,
    canceled_at: times.cancelRequested,
    ended_at: times.renewalPeriodEnd,
    cancellation_details: { comment: "Switching to a cheaper tool for now.", feedback: "too_expensive", reason: "cancellation_requested" },
  });

  return [
    eventEnvelope(resources, {
      id: "evt_1SampleSubCreated0000000",
      type: "customer.subscription.created",
      created: times.subscriptionStart,
      object: created,
      request: { id: "req_SampleCheckout", idempotency_key: null },
    }),
    eventEnvelope(resources, {
      id: "evt_1SampleSubUpdated0000000",
      type: "customer.subscription.updated",
      created: times.planChanged,
      object: upgraded,
      // Stripe sends the whole previous value of a changed list: here the items on the Starter price.
      previousAttributes: { items: created.items } satisfies DeepPartial<Stripe.Subscription>,
      request: { id: "req_SampleUpgrade0", idempotency_key: "upgrade-user_1042-pro" },
    }),
    eventEnvelope(resources, {
      id: "evt_1SampleSubDeleted0000000",
      type: "customer.subscription.deleted",
      created: times.subscriptionEnded,
      object: deleted,
    }),
  ];
}
