import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { subscriptionCanceled } from "@/lib/catalog/stripe/triggers/subscription-canceled";

const deleted = samples.customerSubscriptionDeleted;
// Spread from the sample: the SDK's newer types list a feedback_option that this API version lacks.
const details = deleted.data.object.cancellation_details;
if (!details) throw new Error("The sample has no cancellation_details.");
const canceledNow = withObject(deleted, {
  cancel_at_period_end: false,
  cancel_at: null,
  canceled_at: deleted.data.object.ended_at,
  cancellation_details: { ...details, comment: null, feedback: null, reason: "cancellation_requested" },
});
const canceledForNonPayment = withObject(deleted, {
  cancel_at_period_end: false,
  cancellation_details: { ...details, comment: null, feedback: null, reason: "payment_failed" },
});

describe("Subscription canceled", () => {
  it.each([
    ["canceled at the end of the period (the sample)", deleted, {}, true],
    ["canceled right away", canceledNow, {}, true],
    ["canceled by Stripe after failed payments", canceledForNonPayment, {}, true],
    ["the customer filter set to its customer", deleted, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["the customer filter set to another customer", deleted, { customerId: "cus_Other" }, false],
    ["a test event with live only", deleted, { mode: "live" }, false],
    ["a live event with live only", { ...deleted, livemode: true }, { mode: "live" }, true],
    ["an update of the same subscription", retyped(deleted, "customer.subscription.updated"), {}, false],
    ["a pause of the same subscription", retyped(deleted, "customer.subscription.paused"), {}, false],
    ["an event type Stripe may add later", retyped(deleted, "customer.subscription.archived"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(subscriptionCanceled.matches(event, triggerInput(subscriptionCanceled, options))).toBe(expected);
  });

  it("offers the cancellation's reason, feedback and times from the sample", () => {
    const examples = Object.fromEntries(subscriptionCanceled.outputFields.map((field) => [field.path, field.example]));
    expect(examples).toMatchObject({
      "cancellation_details.reason": "cancellation_requested",
      "cancellation_details.feedback": "too_expensive",
      canceled_at: deleted.data.object.canceled_at,
      ended_at: deleted.data.object.ended_at,
      cancel_at_period_end: true,
      customer: "cus_QXg1o8vcGmoR32",
    });
  });
});
