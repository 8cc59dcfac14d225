import { describe, expect, it } from "vitest";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";
import { withObject } from "@/lib/catalog/stripe/testing/with-object";
import { subscriptionUpdated } from "@/lib/catalog/stripe/triggers/subscription-updated";

const planChange = samples.customerSubscriptionUpdated;
const withPrevious = (event: typeof planChange, previous_attributes: NonNullable<typeof planChange.data.previous_attributes> | undefined) => ({
  ...event,
  data: { ...event.data, previous_attributes },
});
const periodEnd = planChange.data.object.items.data[0]?.current_period_end ?? null;
const cancellationRequested = withPrevious(withObject(planChange, { cancel_at_period_end: true, cancel_at: periodEnd, canceled_at: planChange.created }), {
  cancel_at_period_end: false,
  cancel_at: null,
  canceled_at: null,
});
const cancellationWithdrawn = withPrevious(planChange, { cancel_at_period_end: true, cancel_at: periodEnd, canceled_at: planChange.created });
const pastDue = withPrevious(withObject(planChange, { status: "past_due" }), { status: "active" });
const invoiceOnly = withPrevious(planChange, { latest_invoice: "in_1SampleOlderInvoice00000" });
const noPrevious = withPrevious(planChange, undefined);

const only = (onlyWhen: string) => ({ onlyWhen });

describe("Subscription updated", () => {
  it.each([
    ["a plan change (the sample), any change", planChange, {}, true],
    ["a plan change, plan changes only", planChange, only("plan_changed"), true],
    ["a plan change, cancellations only", planChange, only("cancellation_requested"), false],
    ["a plan change, status changes only", planChange, only("status_changed"), false],
    ["a cancellation request, any change", cancellationRequested, {}, true],
    ["a cancellation request, cancellations only", cancellationRequested, only("cancellation_requested"), true],
    ["a cancellation request, plan changes only", cancellationRequested, only("plan_changed"), false],
    ["a cancellation request, undone cancellations only", cancellationRequested, only("cancellation_withdrawn"), false],
    ["an undone cancellation, undone cancellations only", cancellationWithdrawn, only("cancellation_withdrawn"), true],
    ["an undone cancellation, cancellations only", cancellationWithdrawn, only("cancellation_requested"), false],
    ["active to past due, status changes only", pastDue, only("status_changed"), true],
    ["active to past due, plan changes only", pastDue, only("plan_changed"), false],
    ["only the latest invoice changed, any change", invoiceOnly, {}, true],
    ["only the latest invoice changed, status changes only", invoiceOnly, only("status_changed"), false],
    ["no previous attributes, plan changes only", noPrevious, only("plan_changed"), false],
    ["a plan change for the filtered customer", planChange, { customerId: "cus_QXg1o8vcGmoR32" }, true],
    ["a plan change for another customer", planChange, { customerId: "cus_Other" }, false],
    ["a test event, live only", planChange, { mode: "live" }, false],
    ["the payload as customer.subscription.created", retyped(planChange, "customer.subscription.created"), {}, false],
    ["the payload as customer.subscription.pending_update_applied", retyped(planChange, "customer.subscription.pending_update_applied"), {}, false],
  ])("%s", (_, event, options, expected) => {
    expect(subscriptionUpdated.matches(event, triggerInput(subscriptionUpdated, options))).toBe(expected);
  });

  it("rejects an Only when value it does not know", () => {
    expect(() => triggerInput(subscriptionUpdated, only("quantity_changed"))).toThrow(/Only when must be one of/);
  });

  it("offers previous_attributes, whole and as the previous price", () => {
    const paths = subscriptionUpdated.outputFields.map((field) => field.path);
    expect(paths).toEqual(expect.arrayContaining(["$event.data.previous_attributes", "$event.data.previous_attributes.items.data.0.price.id"]));
    expect(readOutputPath(planChange, "$event.data.previous_attributes.items.data.0.price.id")).toBe("price_1SampleStarterMonthly000");
    expect(readOutputPath(cancellationRequested, "$event.data.previous_attributes.cancel_at_period_end")).toBe(false);
  });
});
