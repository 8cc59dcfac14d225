import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { paymentSucceeded } from "@/lib/catalog/stripe/triggers/payment-succeeded";

const charge = samples.chargeSucceeded;
// The sample payment intent is the same payment as the sample charge (its latest_charge).
const intentWithCharge = samples.paymentIntentSucceeded;
const intentWithoutCharge = withObject(intentWithCharge, { latest_charge: null });
const includeIntents = { ignorePaymentIntents: false };
const otherCustomersIntent = withObject(intentWithoutCharge, { customer: "cus_Other" });

const runs = (events: readonly (typeof charge | typeof intentWithCharge)[], options: Record<string, unknown>) =>
  events.filter((event) => paymentSucceeded.matches(event, triggerInput(paymentSucceeded, options))).length;

describe("Payment succeeded", () => {
  it.each([
    ["a succeeded charge, defaults", charge, {}, true],
    ["a succeeded charge, payment intents included", charge, includeIntents, true],
    ["a payment intent with its charge, defaults", intentWithCharge, {}, false],
    ["a payment intent with its charge, included", intentWithCharge, includeIntents, false],
    ["a payment intent without a charge, defaults (ignored)", intentWithoutCharge, {}, false],
    ["a payment intent without a charge, included", intentWithoutCharge, includeIntents, true],
    ["the charge's customer filtered", charge, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", charge, { customerId: "cus_Other" }, false],
    ["an intent of another customer, included", otherCustomersIntent, { ...includeIntents, customerId: "cus_QXg1o8vcGmoR32" }, false],
    ["a test charge, live only", charge, { mode: "live" }, false],
    ["a live charge, live only", { ...charge, livemode: true }, { mode: "live" }, true],
    ["a failed charge", samples.chargeFailed, includeIntents, false],
    ["a failed payment intent without a charge", samples.paymentIntentPaymentFailed, includeIntents, false],
    ["the charge payload as charge.captured", retyped(charge, "charge.captured"), {}, false],
    ["an event type Stripe may add later", retyped(charge, "charge.settled"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(paymentSucceeded.matches(event, triggerInput(paymentSucceeded, options))).toBe(expected);
  });

  it.each([
    ["one card payment (charge and payment intent), defaults", 1, [charge, intentWithCharge], {}],
    ["one card payment (charge and payment intent), intents included", 1, [charge, intentWithCharge], includeIntents],
    ["a payment intent that succeeded without a charge, intents included", 1, [intentWithoutCharge], includeIntents],
  ] as const)("%s gives %i run(s)", (_, expected, events, options) => {
    expect(runs(events, options)).toBe(expected);
  });
});
