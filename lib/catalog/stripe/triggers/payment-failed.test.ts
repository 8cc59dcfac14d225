import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { paymentFailed } from "@/lib/catalog/stripe/triggers/payment-failed";

const declinedCharge = samples.chargeFailed;
// The payment intent event the same decline sends: its latest_charge is the declined charge.
const declinedIntent = withObject(samples.paymentIntentPaymentFailed, { latest_charge: declinedCharge.data.object.id });
// Failed authentication: the payment intent failed before any charge was made.
const unauthenticatedIntent = samples.paymentIntentPaymentFailed;
const includeIntents = { ignorePaymentIntents: false };
const intentWithExpandedCharge = withObject(unauthenticatedIntent, { latest_charge: declinedCharge.data.object });

const runs = (events: readonly (typeof declinedCharge | typeof declinedIntent)[], options: Record<string, unknown>) =>
  events.filter((event) => paymentFailed.matches(event, triggerInput(paymentFailed, options))).length;

describe("Payment failed", () => {
  it.each([
    ["a declined charge, defaults", declinedCharge, {}, true],
    ["a declined charge, payment intents included", declinedCharge, includeIntents, true],
    ["a failed payment intent without a charge, defaults (ignored)", unauthenticatedIntent, {}, false],
    ["a failed payment intent without a charge, included", unauthenticatedIntent, includeIntents, true],
    ["a failed payment intent with a charge, included", declinedIntent, includeIntents, false],
    ["a failed payment intent with an expanded charge, included", intentWithExpandedCharge, includeIntents, false],
    ["the intent's customer filtered, included", unauthenticatedIntent, { ...includeIntents, customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered, included", unauthenticatedIntent, { ...includeIntents, customerId: "cus_Other" }, false],
    ["the charge's customer filtered", declinedCharge, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", declinedCharge, { customerId: "cus_Other" }, false],
    ["a charge without a customer, filtered", withObject(declinedCharge, { customer: null }), { customerId: "cus_QXg1o8vcGmoR32" }, false],
    ["a test charge, live only", declinedCharge, { mode: "live" }, false],
    ["a test charge, test only", declinedCharge, { mode: "test" }, true],
    ["a succeeded charge", samples.chargeSucceeded, includeIntents, false],
    ["a succeeded payment intent", samples.paymentIntentSucceeded, includeIntents, false],
    ["the charge payload as charge.updated", retyped(declinedCharge, "charge.updated"), includeIntents, false],
    ["an event type Stripe may add later", retyped(declinedCharge, "charge.failed_again"), includeIntents, false],
  ])("%s", (_, event, options, expected) => {
    expect(paymentFailed.matches(event, triggerInput(paymentFailed, options))).toBe(expected);
  });

  it.each([
    ["one decline (failed charge and failed payment intent), defaults", 1, [declinedCharge, declinedIntent], {}],
    ["one decline (failed charge and failed payment intent), intents included", 1, [declinedCharge, declinedIntent], includeIntents],
    ["one failed authentication (payment intent only), defaults", 0, [unauthenticatedIntent], {}],
    ["one failed authentication (payment intent only), intents included", 1, [unauthenticatedIntent], includeIntents],
  ] as const)("%s gives %i run(s)", (_, expected, events, options) => {
    expect(runs(events, options)).toBe(expected);
  });

  it("requires the Ignore payment intents option, yes by default", () => {
    expect(paymentFailed.options.ignorePaymentIntents).toMatchObject({ kind: "boolean", required: true, default: true, label: "Ignore payment intents" });
  });
});
