import { describe, expect, it } from "vitest";
import { matchesCommonOptions } from "@/lib/catalog/stripe/matches-common-options";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";

const test = samples.customerSubscriptionCreated;
const live = { ...test, livemode: true };
const jenny = "cus_QXg1o8vcGmoR32";

describe("matchesCommonOptions", () => {
  it.each([
    ["any mode, test event", test, jenny, { mode: "any" }, true],
    ["any mode, live event", live, jenny, { mode: "any" }, true],
    ["live only, test event", test, jenny, { mode: "live" }, false],
    ["live only, live event", live, jenny, { mode: "live" }, true],
    ["test only, test event", test, jenny, { mode: "test" }, true],
    ["test only, live event", live, jenny, { mode: "test" }, false],
    ["the filtered customer as an id", test, jenny, { mode: "any", customerId: jenny }, true],
    ["the filtered customer expanded", test, { id: jenny }, { mode: "any", customerId: jenny }, true],
    ["another customer", test, "cus_Other", { mode: "any", customerId: jenny }, false],
    ["no customer while filtering", test, null, { mode: "any", customerId: jenny }, false],
    ["no customer, no filter", test, null, { mode: "any" }, true],
    ["a matching customer in the wrong mode", live, jenny, { mode: "test", customerId: jenny }, false],
  ] as const)("%s", (_, event, customer, options, expected) => {
    expect(matchesCommonOptions({ event, customer, options })).toBe(expected);
  });
});
