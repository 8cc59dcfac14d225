import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { invoicePaymentFailed } from "@/lib/catalog/stripe/triggers/invoice-payment-failed";

const failed = samples.invoicePaymentFailed;
const lastAttempt = withObject(failed, { attempt_count: 4, next_payment_attempt: null });
const expandedCustomer = withObject(failed, { customer: samples.customerCreated.data.object });

describe("Invoice payment failed", () => {
  it.each([
    ["a failed renewal (the sample)", failed, {}, true],
    ["the last attempt, with no retry left", lastAttempt, {}, true],
    ["an invoice expanded with its customer, filtered", expandedCustomer, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["its customer filtered", failed, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["another customer filtered", failed, { customerId: "cus_Other" }, false],
    ["a test invoice, live only", failed, { mode: "live" }, false],
    ["a test invoice, test only", failed, { mode: "test" }, true],
    ["the invoice payload as invoice.payment_action_required", retyped(failed, "invoice.payment_action_required"), {}, false],
    ["the invoice payload as invoice.paid", retyped(failed, "invoice.paid"), {}, false],
    ["an invoice that was paid", samples.invoicePaid, {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(invoicePaymentFailed.matches(event, triggerInput(invoicePaymentFailed, options))).toBe(expected);
  });

  it("offers attempts, next attempt, the invoice page, amount due and email from the sample", () => {
    const examples = Object.fromEntries(invoicePaymentFailed.outputFields.map((field) => [field.path, field.example]));
    expect(examples).toMatchObject({
      attempt_count: 1,
      next_payment_attempt: failed.data.object.next_payment_attempt,
      hosted_invoice_url: expect.stringMatching(/^https:\/\/invoice\.stripe\.com\//),
      amount_due: 2000,
      customer_email: "jenny@example.com",
    });
  });
});
