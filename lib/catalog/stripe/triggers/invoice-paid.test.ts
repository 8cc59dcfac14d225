import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { invoicePaid } from "@/lib/catalog/stripe/triggers/invoice-paid";

const paid = samples.invoicePaid;
const renewal = withObject(paid, { billing_reason: "subscription_cycle" });
const trialStart = withObject(paid, { amount_due: 0, amount_paid: 0, total: 0 });
const skipZero = { skipZeroAmount: true };

describe("Invoice paid", () => {
  it.each([
    ["a first subscription invoice (the sample)", paid, {}, true],
    ["a renewal", renewal, {}, true],
    ["a zero invoice starting a trial, defaults", trialStart, {}, true],
    ["a zero invoice starting a trial, zeros skipped", trialStart, skipZero, false],
    ["a paid invoice, zeros skipped", paid, skipZero, true],
    ["its customer filtered", paid, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", paid, { customerId: "cus_Other" }, false],
    ["a test invoice, live only", paid, { mode: "live" }, false],
    ["a live invoice, live only", { ...paid, livemode: true }, { mode: "live" }, true],
    ["the invoice payload as invoice.payment_succeeded", retyped(paid, "invoice.payment_succeeded"), {}, false],
    ["a failed invoice", samples.invoicePaymentFailed, {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(invoicePaid.matches(event, triggerInput(invoicePaid, options))).toBe(expected);
  });
});
