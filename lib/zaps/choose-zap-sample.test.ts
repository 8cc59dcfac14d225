import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { subscriptionCanceled } from "@/lib/catalog/stripe/triggers/subscription-canceled";
import { db } from "@/lib/db";
import { createTriggerZap } from "@/test/create-trigger-zap";
import type { DeepPartial } from "@/demo/stand-ins/stripe-stand-in-objects";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";
import { CATALOG_SAMPLE_ID } from "@/lib/zaps/catalog-sample";
import { chooseZapSample } from "@/lib/zaps/choose-zap-sample";
import { loadTriggerSamples } from "@/lib/zaps/load-trigger-samples";

let testbed: StripeTestbed;
beforeAll(async () => {
  testbed = await startStripeTestbed();
});
afterAll(() => testbed.standIn.close());
beforeEach(() => {
  testbed.standIn.reset();
  testbed.standIn.seed({
    events: [
      {
        id: "evt_canceled",
        type: "customer.subscription.deleted",
        created: 1_790_000_000,
        data: { object: { ...samples.customerSubscriptionDeleted.data.object, customer: "cus_A" } },
      },
      { id: "evt_charge", type: "charge.failed", created: 1_790_000_001, data: { object: samples.chargeFailed.data.object } },
    ] as DeepPartial<Stripe.Event>[],
  });
});

const choose = (zap: { userId: string; zapId: string }, sampleId: string) =>
  chooseZapSample({ userId: zap.userId, zapId: zap.zapId, sampleId, apiBase: testbed.standIn.url });
const storedSample = async (zapId: string) => (await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { sampleEvent: true } })).sampleEvent;

describe("chooseZapSample", () => {
  it("stores the Stripe event as Stripe has it now, fetched again by id", async () => {
    const zap = await createTriggerZap({ secretKey: TEST_KEYS.secret });
    const loaded = await loadTriggerSamples({ userId: zap.userId, zapId: zap.zapId, apiBase: testbed.standIn.url });
    expect(loaded.ok && loaded.samples.map((sample) => sample.id)).toEqual(["evt_canceled", CATALOG_SAMPLE_ID]);
    // What the browser saw may be stale or forged; only the id counts.
    const inStripe = testbed.standIn.store().events.get("evt_canceled");
    if (!inStripe) throw new Error("not seeded");
    inStripe.data = { object: { ...samples.customerSubscriptionDeleted.data.object, customer: "cus_changed" } };

    const result = await choose(zap, "evt_canceled");
    expect(result).toEqual({ ok: true, event: expect.objectContaining({ id: "evt_canceled", type: "customer.subscription.deleted" }) });
    expect(await storedSample(zap.zapId)).toMatchObject({ id: "evt_canceled", object: "event", data: { object: { customer: "cus_changed" } } });
    expect(testbed.standIn.requests.at(-1)).toMatchObject({ method: "GET", path: "/v1/events/evt_canceled" });
  });

  it("stores the catalog sample without calling Stripe", async () => {
    const zap = await createTriggerZap({ secretKey: TEST_KEYS.secret });
    expect(await choose(zap, CATALOG_SAMPLE_ID)).toEqual({ ok: true, event: JSON.parse(JSON.stringify(subscriptionCanceled.sample)) });
    expect(await storedSample(zap.zapId)).toEqual(JSON.parse(JSON.stringify(subscriptionCanceled.sample)));
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it.each([
    ["an id Stripe does not know", "evt_unknown", "Stripe has no event evt_unknown in this account"],
    [
      "an event the trigger does not start on",
      "evt_charge",
      'evt_charge is a charge.failed event; "Subscription canceled" starts on customer.subscription.deleted.',
    ],
    ["something that is not an event id", "../../v1/customers", "is not a Stripe event id"],
  ])("refuses %s and keeps the sample it had", async (_name, sampleId, message) => {
    const zap = await createTriggerZap({ secretKey: TEST_KEYS.secret });
    expect(await choose(zap, CATALOG_SAMPLE_ID)).toMatchObject({ ok: true });
    const result = await choose(zap, sampleId);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(message) });
    expect(await storedSample(zap.zapId)).toMatchObject({ id: subscriptionCanceled.sample.id });
  });

  it("says what Stripe refused when the key no longer works", async () => {
    const zap = await createTriggerZap({ secretKey: TEST_KEYS.revoked });
    expect(await choose(zap, "evt_canceled")).toEqual({ ok: false, message: expect.stringContaining("Reconnect Stripe") });
    expect(await storedSample(zap.zapId)).toBeNull();
  });

  it("refuses another user's zap", async () => {
    const owner = await createTriggerZap({ secretKey: TEST_KEYS.secret });
    const stranger = await createTriggerZap({ secretKey: TEST_KEYS.secret });
    expect(await choose({ userId: stranger.userId, zapId: owner.zapId }, CATALOG_SAMPLE_ID)).toEqual({
      ok: false,
      message: expect.stringContaining("does not exist"),
    });
    expect(await storedSample(owner.zapId)).toBeNull();
  });
});
