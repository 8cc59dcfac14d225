import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stripeApp } from "@/lib/catalog/stripe/app";
import { buildSampleEvents } from "@/lib/catalog/stripe/samples/build-sample-events";
import { fixturesPath } from "@/lib/catalog/stripe/samples/fixtures-path";
import { readFixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { sampleJson } from "@/lib/catalog/stripe/samples/sample-json";
import { allSamples, samples } from "@/lib/catalog/stripe/testing/all-samples";

const folder = path.dirname(fileURLToPath(import.meta.url));
const keys = (value: unknown) => Object.keys(value as object).sort();

describe("samples built from Stripe's fixtures", () => {
  const resources = readFixtureResources(fixturesPath());

  it.each(allSamples.map((sample) => [sample.type, sample] as const))("%s has the fixture's top-level fields", (_, sample) => {
    const object = sample.data.object;
    const fixture = resources[object.object];
    expect(fixture, `no fixture for ${object.object}`).toBeDefined();
    expect(keys(object)).toEqual(keys(fixture));
    expect(keys(sample)).toEqual(keys(resources.event));
    const previous = sample.data.previous_attributes;
    if (previous) expect(keys(fixture)).toEqual(expect.arrayContaining(keys(previous)));
  });

  it("are exactly what build-samples.ts writes (run it after changing a recipe)", () => {
    const built = buildSampleEvents(resources);
    const files = readdirSync(folder).filter((file) => file.endsWith(".json"));
    expect(files.sort()).toEqual(built.map(({ type }) => `${type}.json`).sort());
    for (const { type, event } of built) expect(readFileSync(path.join(folder, `${type}.json`), "utf8"), type).toBe(sampleJson(event));
  });
});

describe("samples", () => {
  const { customerCreated, checkoutSessionCompleted, customerSubscriptionCreated: created, customerSubscriptionUpdated: updated } = samples;
  const { customerSubscriptionDeleted: deleted, invoicePaid, invoicePaymentFailed, chargeSucceeded, chargeFailed } = samples;
  const { paymentIntentSucceeded, paymentIntentPaymentFailed, chargeDisputeCreated } = samples;
  const customer = customerCreated.data.object;
  const subscription = created.data.object;
  const priceOf = (items: typeof subscription.items | undefined) => items?.data[0]?.price.id;
  const invoiceSubscription = (invoice: typeof invoicePaid.data.object) => invoice.parent?.subscription_details?.subscription;
  const linePrice = (invoice: typeof invoicePaid.data.object) => invoice.lines.data[0]?.pricing?.price_details?.price;
  const starter = priceOf(subscription.items);
  const pro = priceOf(updated.data.object.items);

  it.each([
    ["customer of the new subscription", subscription.customer, customer.id],
    ["customer of the updated subscription", updated.data.object.customer, customer.id],
    ["customer of the canceled subscription", deleted.data.object.customer, customer.id],
    ["customer of the checkout", checkoutSessionCompleted.data.object.customer, customer.id],
    ["customer of the paid invoice", invoicePaid.data.object.customer, customer.id],
    ["customer of the failed invoice", invoicePaymentFailed.data.object.customer, customer.id],
    ["customer of the succeeded charge", chargeSucceeded.data.object.customer, customer.id],
    ["customer of the failed charge", chargeFailed.data.object.customer, customer.id],
    ["customer of the succeeded payment intent", paymentIntentSucceeded.data.object.customer, customer.id],
    ["customer of the failed payment intent", paymentIntentPaymentFailed.data.object.customer, customer.id],
    ["updated subscription", updated.data.object.id, subscription.id],
    ["canceled subscription", deleted.data.object.id, subscription.id],
    ["subscription of its item", subscription.items.data[0]?.subscription, subscription.id],
    ["subscription of the checkout", checkoutSessionCompleted.data.object.subscription, subscription.id],
    ["subscription of the paid invoice", invoiceSubscription(invoicePaid.data.object), subscription.id],
    ["subscription of the failed invoice", invoiceSubscription(invoicePaymentFailed.data.object), subscription.id],
    ["invoice of the checkout", checkoutSessionCompleted.data.object.invoice, invoicePaid.data.object.id],
    ["latest invoice of the new subscription", subscription.latest_invoice, invoicePaid.data.object.id],
    ["latest invoice of the canceled subscription", deleted.data.object.latest_invoice, invoicePaymentFailed.data.object.id],
    ["price before the upgrade", priceOf(updated.data.previous_attributes?.items), starter],
    ["price of the paid invoice", linePrice(invoicePaid.data.object), starter],
    ["price of the failed invoice", linePrice(invoicePaymentFailed.data.object), pro],
    ["price of the canceled subscription", priceOf(deleted.data.object.items), pro],
    ["payment intent of the succeeded charge", chargeSucceeded.data.object.payment_intent, paymentIntentSucceeded.data.object.id],
    ["charge of the succeeded payment intent", paymentIntentSucceeded.data.object.latest_charge, chargeSucceeded.data.object.id],
    ["payment intent of the failed charge", chargeFailed.data.object.payment_intent, paymentIntentPaymentFailed.data.object.id],
    ["charge of the dispute", chargeDisputeCreated.data.object.charge, chargeSucceeded.data.object.id],
    ["payment intent of the dispute", chargeDisputeCreated.data.object.payment_intent, paymentIntentSucceeded.data.object.id],
    ["payment method of the succeeded charge", chargeSucceeded.data.object.payment_method, subscription.default_payment_method],
    ["payment method of the succeeded payment intent", paymentIntentSucceeded.data.object.payment_method, subscription.default_payment_method],
    ["email of the checkout", checkoutSessionCompleted.data.object.customer_details?.email, customer.email],
    ["email of the invoices", invoicePaymentFailed.data.object.customer_email, customer.email],
    ["email of the charge", chargeFailed.data.object.billing_details.email, customer.email],
    ["amount of the checkout", checkoutSessionCompleted.data.object.amount_total, invoicePaid.data.object.amount_paid],
    ["amount of the first charge", chargeSucceeded.data.object.amount, invoicePaid.data.object.amount_paid],
    ["amount of the dispute", chargeDisputeCreated.data.object.amount, chargeSucceeded.data.object.amount],
    ["amount of the declined charge", chargeFailed.data.object.amount, invoicePaymentFailed.data.object.amount_due],
  ])("link: %s", (_, actual, expected) => {
    expect(actual).toBeTruthy();
    expect(actual).toBe(expected);
  });

  it("differ where the story says they do", () => {
    expect(starter).not.toBe(pro);
    expect(invoicePaid.data.object.id).not.toBe(invoicePaymentFailed.data.object.id);
    expect(new Set(allSamples.map((sample) => sample.id)).size).toBe(allSamples.length);
  });

  it.each(allSamples.map((sample) => [sample.type, sample] as const))("%s is a test-mode event at the fixtures' API version", (_, sample) => {
    expect(sample).toMatchObject({ object: "event", api_version: "2026-07-29.dahlia", livemode: false, pending_webhooks: 1 });
    expect(sample.id).toMatch(/^evt_/);
    expect(sample.data.object).toMatchObject({ livemode: false });
  });

  it.each(allSamples.map((sample) => [sample.type, sample] as const))("%s is an event type some trigger listens to", (type) => {
    expect(stripeApp.triggers.flatMap((trigger) => trigger.eventTypes)).toContain(type);
  });

  it.each(stripeApp.triggers.map((trigger) => [trigger.key, trigger] as const))("the sample of %s is of one of its event types", (_, trigger) => {
    expect(trigger.eventTypes).toContain(trigger.sample.type);
  });
});
