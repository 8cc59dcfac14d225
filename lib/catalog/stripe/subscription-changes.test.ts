import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { subscriptionChanges } from "@/lib/catalog/stripe/subscription-changes";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";

const { object: upgraded, previous_attributes: planChange = {} } = samples.customerSubscriptionUpdated.data;
const starterItems = samples.customerSubscriptionCreated.data.object.items;
const cancelAt = 1_790_000_000;
const twoSeats = { ...upgraded.items, data: upgraded.items.data.map((item) => ({ ...item, quantity: 2 })) };

const subscription = (changes: Partial<Stripe.Subscription>): Stripe.Subscription => ({ ...upgraded, ...changes });

describe("subscriptionChanges", () => {
  it.each<[string, Stripe.Subscription, Partial<Stripe.Subscription>, string[]]>([
    ["the sample's upgrade from Starter to Pro", upgraded, planChange, ["plan_changed"]],
    ["a quantity change on the same price", upgraded, { items: twoSeats }, []],
    [
      "cancel at period end requested",
      subscription({ cancel_at_period_end: true, cancel_at: cancelAt }),
      { cancel_at_period_end: false, cancel_at: null },
      ["cancellation_requested"],
    ],
    ["cancel at a date requested", subscription({ cancel_at: cancelAt }), { cancel_at: null }, ["cancellation_requested"]],
    ["a scheduled cancellation undone", upgraded, { cancel_at_period_end: true, cancel_at: cancelAt }, ["cancellation_withdrawn"]],
    ["a scheduled cancellation moved", subscription({ cancel_at: cancelAt }), { cancel_at: cancelAt - 100 }, []],
    ["trial converted to active", upgraded, { status: "trialing" }, ["status_changed"]],
    ["active to past due", subscription({ status: "past_due" }), { status: "active", latest_invoice: "in_old" }, ["status_changed"]],
    ["a plan change that ends a trial", upgraded, { status: "trialing", items: starterItems }, ["plan_changed", "status_changed"]],
    ["only the latest invoice changed", upgraded, { latest_invoice: "in_old" }, []],
    ["no previous attributes", upgraded, {}, []],
  ])("%s", (_, current, previous, expected) => {
    expect([...subscriptionChanges(current, previous)].sort()).toEqual(expected);
  });
});
