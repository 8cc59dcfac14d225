import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { newSubscription } from "@/lib/catalog/stripe/triggers/new-subscription";

const active = samples.customerSubscriptionCreated;
const trialing = withObject(active, { status: "trialing" });
const incomplete = withObject(active, { status: "incomplete" });

describe("New subscription", () => {
  it.each([
    ["an active subscription, default statuses", active, {}, true],
    ["a trialing subscription, default statuses", trialing, {}, true],
    ["an incomplete subscription, default statuses", incomplete, {}, false],
    ["an incomplete subscription, incomplete accepted", incomplete, { statuses: ["incomplete"] }, true],
    ["an active subscription, only trialing", active, { statuses: ["trialing"] }, false],
    ["an active subscription, statuses given as text", active, { statuses: "trialing, active" }, true],
    ["an active subscription, statuses emptied (defaults apply)", active, { statuses: [] }, true],
    ["its customer filtered", active, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", active, { customerId: "cus_Other" }, false],
    ["a test subscription, live only", active, { mode: "live" }, false],
    ["the subscription payload as customer.subscription.updated", retyped(active, "customer.subscription.updated"), {}, false],
    ["the subscription payload as customer.subscription.resumed", retyped(active, "customer.subscription.resumed"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(newSubscription.matches(event, triggerInput(newSubscription, options))).toBe(expected);
  });

  it("accepts active and trialing by default", () => {
    expect(triggerInput(newSubscription).statuses).toEqual(["active", "trialing"]);
  });
});
