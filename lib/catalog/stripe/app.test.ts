import { describe, expect, it } from "vitest";
import { stripeApp } from "@/lib/catalog/stripe/app";
import { readOutputPath } from "@/lib/catalog/stripe/read-output-path";
import { allSamples } from "@/lib/catalog/stripe/testing/all-samples";
import { retyped } from "@/lib/catalog/stripe/testing/retyped";
import { triggerInput } from "@/lib/catalog/stripe/testing/trigger-input";

// Persisted in zaps: this list only ever grows.
const persistedKeys = [
  "checkout_session_completed",
  "invoice_paid",
  "invoice_payment_failed",
  "new_customer",
  "new_dispute",
  "new_subscription",
  "payment_failed",
  "payment_succeeded",
  "subscription_canceled",
  "subscription_updated",
];

describe("the Stripe app", () => {
  it("declares the ten triggers under their persisted keys", () => {
    expect(stripeApp.key).toBe("stripe");
    expect(stripeApp.triggers.map((trigger) => trigger.key).sort()).toEqual(persistedKeys);
  });
});

describe.each(stripeApp.triggers.map((trigger) => [trigger.key, trigger] as const))("trigger %s", (_, trigger) => {
  const otherTypeSamples = allSamples.filter((sample) => !trigger.eventTypes.includes(sample.type));

  it("has a sample of one of its event types, which it matches with default options", () => {
    expect(trigger.eventTypes).toContain(trigger.sample.type);
    expect(trigger.matches(trigger.sample, triggerInput(trigger))).toBe(true);
  });

  it.each(otherTypeSamples.map((sample) => [sample.type, sample] as const))("ignores a %s event", (_, sample) => {
    expect(trigger.matches(sample, triggerInput(trigger))).toBe(false);
  });

  it("ignores its own payloads under an event type it does not know", () => {
    for (const type of ["conduit.unknown", `${trigger.sample.type}.v2`, trigger.sample.type.toUpperCase()]) {
      expect(trigger.matches(retyped(trigger.sample, type), triggerInput(trigger))).toBe(false);
    }
  });

  it.each(trigger.outputFields.map((field) => [field.path, field] as const))("offers %s, present in the sample", (path, field) => {
    const value = readOutputPath(trigger.sample, path);
    expect(value).not.toBeUndefined();
    expect(field.example).toEqual(value);
    expect(field.label).not.toBe("");
  });

  it("names each output field once", () => {
    const paths = trigger.outputFields.map((field) => field.path);
    const labels = trigger.outputFields.map((field) => field.label);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("describes itself in one sentence", () => {
    expect(trigger.description).toMatch(/^[A-Z][^\n]*\.$/);
    expect(trigger.description.slice(0, -1)).not.toMatch(/\.\s/);
  });
});
