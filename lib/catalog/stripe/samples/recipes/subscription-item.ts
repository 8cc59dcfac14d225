import type Stripe from "stripe";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture, type DeepPartial } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

interface ItemOptions {
  tier: keyof typeof story.prices;
  periodStart: number;
  periodEnd: number;
}

const priceIds = { starter: story.ids.starterPrice, pro: story.ids.proPrice } as const;

/** The subscription's one item on the Starter or Pro price (Stripe's price and plan fixtures, renamed). */
export function subscriptionItem(resources: FixtureResources, { tier, periodStart, periodEnd }: ItemOptions): DeepPartial<Stripe.SubscriptionItem> {
  const { amount, nickname } = story.prices[tier];
  const id = priceIds[tier];
  const price = fromFixture<Stripe.Price>(fixtureOf(resources, "price"), {
    id,
    nickname,
    unit_amount: amount,
    unit_amount_decimal: String(amount),
    created: story.times.customerCreated - 86_400 * 30,
    // The fixture's placeholders: a custom amount and a quantity transform this price does not use.
    custom_unit_amount: null,
    transform_quantity: null,
  });
  // The fixture's item holds a placeholder plan ("obj_123"); the plan fixture is the same price's legacy view.
  const plan = fromFixture<Stripe.Plan>(fixtureOf(resources, "plan"), {
    id,
    nickname,
    amount,
    amount_decimal: String(amount),
    created: story.times.customerCreated - 86_400 * 30,
    transform_usage: null,
  });
  return fromFixture<Stripe.SubscriptionItem>(fixtureOf(resources, "subscription_item"), {
    id: story.ids.subscriptionItem,
    subscription: story.ids.subscription,
    created: story.times.subscriptionStart,
    current_period_start: periodStart,
    current_period_end: periodEnd,
    billing_thresholds: null,
    price,
    plan,
  });
}
