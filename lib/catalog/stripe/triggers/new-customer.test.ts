import { describe, expect, it } from "vitest";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { newCustomer } from "@/lib/catalog/stripe/triggers/new-customer";

const created = samples.customerCreated;
const withoutEmail = withObject(created, { email: null });
const requireEmail = { requireEmail: true };

describe("New customer", () => {
  it.each([
    ["a customer with an email (the sample)", created, {}, true],
    ["a customer without an email, defaults", withoutEmail, {}, true],
    ["a customer without an email, email required", withoutEmail, requireEmail, false],
    ["a customer with an empty email, email required", withObject(created, { email: "" }), requireEmail, false],
    ["a customer with an email, email required", created, requireEmail, true],
    ["a test customer, live only", created, { mode: "live" }, false],
    ["a live customer, test only", { ...created, livemode: true }, { mode: "test" }, false],
    ["the customer payload as customer.updated", retyped(created, "customer.updated"), {}, false],
    ["the customer payload as customer.deleted", retyped(created, "customer.deleted"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(newCustomer.matches(event, triggerInput(newCustomer, options))).toBe(expected);
  });

  it("reads a missing email as empty, not as an error", () => {
    expect(readOutputPath(withoutEmail, "email")).toBeNull();
  });
});
