import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { subscriptionCanceled } from "@/lib/catalog/stripe/triggers/subscription-canceled";
import { db } from "@/lib/db";
import { closedPort } from "@/test/closed-port";
import { createTriggerZap } from "@/test/create-trigger-zap";
import type { DeepPartial } from "@/demo/stand-ins/stripe-stand-in-objects";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";
import { CATALOG_SAMPLE_ID, CATALOG_SAMPLE_LABEL } from "@/lib/zaps/catalog-sample";
import { loadTriggerSamples } from "@/lib/zaps/load-trigger-samples";

let testbed: StripeTestbed;
beforeAll(async () => {
  testbed = await startStripeTestbed();
});
afterAll(() => testbed.standIn.close());
beforeEach(() => testbed.standIn.reset());

const NOW = Date.now();
const nowSeconds = Math.floor(NOW / 1000);

/** A subscription-canceled event in the stand-in's account, `minutesAgo` old, for this customer. */
function canceled(id: string, minutesAgo: number, customer: string): DeepPartial<Stripe.Event> {
  const { object } = samples.customerSubscriptionDeleted.data;
  return {
    id,
    type: "customer.subscription.deleted",
    created: nowSeconds - minutesAgo * 60,
    data: { object: { ...object, customer } },
  } as DeepPartial<Stripe.Event>;
}

const load = (zapId: string, userId: string) => loadTriggerSamples({ userId, zapId, apiBase: testbed.standIn.url, now: NOW });
const zapWith = (options: Parameters<typeof createTriggerZap>[0] = {}) => createTriggerZap({ secretKey: TEST_KEYS.secret, ...options });

describe("loadTriggerSamples", () => {
  it("lists the account's events of the trigger's types, newest first, then the catalog sample", async () => {
    testbed.standIn.seed({
      events: [
        canceled("evt_older", 120, "cus_A"),
        canceled("evt_newest", 1, "cus_B"),
        { id: "evt_other_type", type: "charge.failed", created: nowSeconds, data: { object: samples.chargeFailed.data.object } } as DeepPartial<Stripe.Event>,
        canceled("evt_middle", 60, "cus_A"),
      ],
    });
    const zap = await zapWith();
    const result = await load(zap.zapId, zap.userId);
    if (!result.ok) throw new Error(result.message);
    expect(result.warning).toBeUndefined();
    expect(result.samples.map((sample) => [sample.id, sample.source])).toEqual([
      ["evt_newest", "stripe"],
      ["evt_middle", "stripe"],
      ["evt_older", "stripe"],
      [CATALOG_SAMPLE_ID, "catalog"],
    ]);
    expect(result.samples[0]).toMatchObject({
      label: "customer.subscription.deleted · cus_B · 1 minute ago",
      created: nowSeconds - 60,
      livemode: false,
      event: { id: "evt_newest", object: "event", data: { object: { object: "subscription", customer: "cus_B" } } },
    });
    expect(result.samples.at(-1)).toEqual({
      id: CATALOG_SAMPLE_ID,
      source: "catalog",
      label: CATALOG_SAMPLE_LABEL,
      created: subscriptionCanceled.sample.created,
      livemode: false,
      event: JSON.parse(JSON.stringify(subscriptionCanceled.sample)),
    });
    const listed = testbed.standIn.requests.find((request) => request.path === "/v1/events");
    expect(listed?.query).toMatchObject({ types: ["customer.subscription.deleted"] });
  });

  it("keeps only the events the trigger's options accept", async () => {
    testbed.standIn.seed({ events: [canceled("evt_a1", 3, "cus_A"), canceled("evt_b", 2, "cus_B"), canceled("evt_a2", 1, "cus_A")] });
    const onlyA = await zapWith({ options: { customerId: "cus_A" } });
    const forA = await load(onlyA.zapId, onlyA.userId);
    expect(forA.ok && forA.samples.map((sample) => sample.id)).toEqual(["evt_a2", "evt_a1", CATALOG_SAMPLE_ID]);
    // The key is a test-mode key, so its events are test events: a live-only trigger accepts none.
    const liveOnly = await zapWith({ options: { mode: "live" } });
    const forLive = await load(liveOnly.zapId, liveOnly.userId);
    expect(forLive.ok && forLive.samples.map((sample) => sample.id)).toEqual([CATALOG_SAMPLE_ID]);
  });

  it("offers at most ten recent events", async () => {
    testbed.standIn.seed({ events: Array.from({ length: 12 }, (_, index) => canceled(`evt_n${index}`, index, "cus_A")) });
    const zap = await zapWith();
    const result = await load(zap.zapId, zap.userId);
    expect(result.ok && result.samples.map((sample) => sample.id)).toEqual([...Array.from({ length: 10 }, (_, index) => `evt_n${index}`), CATALOG_SAMPLE_ID]);
  });

  it.each([
    ["a revoked key", TEST_KEYS.revoked, "Stripe refused the connection's API key (HTTP 401"],
    ["a key that may not read events", TEST_KEYS.customersOnly, "rak_event_read"],
  ])("falls back to the catalog sample with a warning for %s", async (_name, secretKey, reason) => {
    testbed.standIn.seed({ events: [canceled("evt_hidden", 1, "cus_A")] });
    const zap = await zapWith({ secretKey });
    const result = await load(zap.zapId, zap.userId);
    expect(result).toEqual({ ok: true, samples: [expect.objectContaining({ id: CATALOG_SAMPLE_ID })], warning: expect.stringContaining(reason) });
    expect(result.ok && result.warning).toMatch(/^Recent events could not be loaded from Stripe\. .* Showing Conduit's sample instead\.$/);
  });

  it("falls back with a warning when Stripe cannot be reached", async () => {
    const zap = await zapWith();
    const result = await loadTriggerSamples({ userId: zap.userId, zapId: zap.zapId, apiBase: `http://127.0.0.1:${await closedPort()}` });
    expect(result).toEqual({
      ok: true,
      samples: [expect.objectContaining({ id: CATALOG_SAMPLE_ID })],
      warning: expect.stringContaining("Could not reach Stripe"),
    });
  });

  it("offers the catalog sample alone while the trigger has no connection", async () => {
    const zap = await createTriggerZap({ stripeId: null });
    expect(await load(zap.zapId, zap.userId)).toEqual({
      ok: true,
      samples: [expect.objectContaining({ id: CATALOG_SAMPLE_ID })],
      warning: "Choose the Stripe account this trigger listens to. Until then, Conduit's sample stands in.",
    });
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("asks for a trigger first, and treats another user's zap as missing", async () => {
    const zap = await zapWith();
    await db.zap.update({ where: { id: zap.zapId }, data: { draft: { trigger: null, filter: null, steps: [] } } });
    expect(await load(zap.zapId, zap.userId)).toEqual({ ok: false, message: "Choose the Stripe event that starts this zap first." });
    const other = await zapWith();
    expect(await load(other.zapId, zap.userId)).toEqual({ ok: false, message: expect.stringContaining("does not exist") });
    expect(await load(randomUUID(), zap.userId)).toMatchObject({ ok: false });
    expect(testbed.standIn.requests).toHaveLength(0);
  });
});
