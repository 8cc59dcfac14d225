import { describe, expect, it } from "vitest";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { checkoutSessionCompleted } from "@/lib/catalog/stripe/triggers/checkout-session-completed";

const paid = samples.checkoutSessionCompleted;
const details = paid.data.object.customer_details;
if (!details) throw new Error("The checkout sample has no customer_details.");
const guest = withObject(paid, {
  mode: "payment",
  customer: null,
  customer_creation: "if_required",
  subscription: null,
  invoice: null,
  payment_intent: "pi_1SampleGuestPayment00000",
  customer_details: { ...details, email: "guest@example.com", name: "Sam Guest" },
});
const unpaid = withObject(paid, { payment_status: "unpaid" });
const trial = withObject(paid, { payment_status: "no_payment_required", amount_total: 0 });
const onlyPaid = { onlyWhenPaid: true };

describe("Checkout session completed", () => {
  it.each([
    ["a paid checkout, defaults", paid, {}, true],
    ["a paid checkout, only when paid", paid, onlyPaid, true],
    ["a bank debit still on its way, defaults", unpaid, {}, true],
    ["a bank debit still on its way, only when paid", unpaid, onlyPaid, false],
    ["a free trial, only when paid", trial, onlyPaid, false],
    ["a paid guest checkout, only when paid", guest, onlyPaid, true],
    ["a guest checkout, a customer filter set", guest, { customerId: "cus_QXg1o8vcGmoR32" }, false],
    ["its customer filtered", paid, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", paid, { customerId: "cus_Other" }, false],
    ["a test checkout, live only", paid, { mode: "live" }, false],
    ["the session payload as checkout.session.expired", retyped(paid, "checkout.session.expired"), {}, false],
    ["the session payload as checkout.session.async_payment_succeeded", retyped(paid, "checkout.session.async_payment_succeeded"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(checkoutSessionCompleted.matches(event, triggerInput(checkoutSessionCompleted, options))).toBe(expected);
  });

  it("gives a guest's email through customer_details.email, where customer is empty", () => {
    const paths = checkoutSessionCompleted.outputFields.map((field) => field.path);
    expect(paths).toContain("customer_details.email");
    expect(readOutputPath(guest, "customer_details.email")).toBe("guest@example.com");
    expect(readOutputPath(guest, "customer")).toBeNull();
  });
});
