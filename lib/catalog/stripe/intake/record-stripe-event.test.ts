import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import chargeFailed from "@/lib/catalog/stripe/samples/charge.failed.json";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";

const withId = (sample: unknown): Stripe.Event => ({ ...(sample as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` });

async function world() {
  const user = await db.user.create({ data: { email: `ingest-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const connection = (app: string) => db.connection.create({ data: { userId: user.id, app, label: app, secretsKeyId: "test", secretsCiphertext: "not-used" } });
  const [stripe, otherStripe, customerio] = await Promise.all([connection("stripe"), connection("stripe"), connection("customerio")]);
  const zap = async (name: string, trigger: string, { publish = true, stripeId = stripe.id } = {}) => {
    const created = await createZap({
      userId: user.id,
      input: {
        name,
        definition: {
          trigger: { app: "stripe", key: trigger, connectionId: stripeId, options: {} },
          filter: null,
          steps: [{ id: "person", app: "customerio", key: "delete_person", connectionId: customerio.id, inputs: { personId: "{{trigger.customer}}" } }],
        },
      },
    });
    if (publish) expect(await publishZap({ userId: user.id, zapId: created.id, verifyConnections: false })).toMatchObject({ ok: true });
    return created;
  };
  return { user, stripe, otherStripe, zap };
}

describe("recordStripeEvent", () => {
  it("stores the event and one run per matching, enabled, published zap of that connection", async () => {
    const { user, stripe, otherStripe, zap } = await world();
    const canceled = await zap("Canceled", "subscription_canceled");
    await zap("Also canceled, other account", "subscription_canceled", { stripeId: otherStripe.id });
    await zap("Payment failed", "payment_failed");
    await zap("Draft only", "subscription_canceled", { publish: false });
    const off = await zap("Turned off", "subscription_canceled");
    await db.zap.update({ where: { id: off.id }, data: { enabled: false } });

    const event = withId(subscriptionDeleted);
    const result = await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event });
    expect(result).toMatchObject({ duplicate: false, runIds: [expect.any(String)] });
    const run = await db.run.findUniqueOrThrow({ where: { id: result.runIds[0] }, include: { event: true, zap: true } });
    expect(run).toMatchObject({ zapId: canceled.id, status: "QUEUED", isTest: false, attempts: 0 });
    expect(run.zapVersionId).toBe(run.zap.publishedVersionId);
    expect(run.event).toMatchObject({ stripeEventId: event.id, type: "customer.subscription.deleted", livemode: false, connectionId: stripe.id });
    expect(run.event.payload).toEqual(JSON.parse(JSON.stringify(event)));
  });

  it("stores an event that starts nothing, so every answered webhook is on record", async () => {
    const { user, stripe } = await world();
    const event = withId(chargeFailed);
    expect(await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event })).toMatchObject({ duplicate: false, runIds: [] });
    expect(await db.stripeEvent.count({ where: { connectionId: stripe.id, stripeEventId: event.id } })).toBe(1);
  });

  it("creates nothing new for a redelivered event, even when both deliveries arrive at once", async () => {
    const { user, stripe, zap } = await world();
    await zap("Canceled", "subscription_canceled");
    const event = withId(subscriptionDeleted);
    const connection = { id: stripe.id, userId: user.id };
    const results = await Promise.all([recordStripeEvent({ connection, event }), recordStripeEvent({ connection, event })]);
    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true]);
    const again = await recordStripeEvent({ connection, event });
    expect(again).toEqual({ eventId: null, duplicate: true, runIds: [] });
    expect(await db.stripeEvent.count({ where: { stripeEventId: event.id } })).toBe(1);
    expect(await db.run.count({ where: { event: { stripeEventId: event.id } } })).toBe(1);
  });

  it("stores events that arrive together in one batch, each checked against its own user's current zaps", async () => {
    const first = await world();
    const second = await world();
    await first.zap("Canceled", "subscription_canceled");
    // This process remembers the second user's list (no zaps) before a zap is turned on.
    await recordStripeEvent({ connection: { id: second.stripe.id, userId: second.user.id }, event: withId(chargeFailed) });
    const added = await second.zap("Canceled too", "subscription_canceled");

    const [a, b, c] = [withId(subscriptionDeleted), withId(subscriptionDeleted), withId(subscriptionDeleted)];
    const results = await Promise.all([
      recordStripeEvent({ connection: { id: first.stripe.id, userId: first.user.id }, event: a }),
      recordStripeEvent({ connection: { id: second.stripe.id, userId: second.user.id }, event: b }),
      recordStripeEvent({ connection: { id: first.stripe.id, userId: first.user.id }, event: c, payloadJson: JSON.stringify(c) }),
    ]);
    expect(results.map((result) => [result.duplicate, result.runIds.length])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
    const secondRun = await db.run.findUniqueOrThrow({ where: { id: results[1]?.runIds[0] }, include: { event: true } });
    expect(secondRun).toMatchObject({ zapId: added.id, event: { stripeEventId: b.id, connectionId: second.stripe.id } });
    const stored = await db.stripeEvent.findFirstOrThrow({ where: { stripeEventId: c.id } });
    expect(stored.payload).toEqual(JSON.parse(JSON.stringify(c)));
  });

  it("keeps the same Stripe event id apart for two connections", async () => {
    const { user, stripe, otherStripe } = await world();
    const event = withId(subscriptionDeleted);
    await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event });
    expect(await recordStripeEvent({ connection: { id: otherStripe.id, userId: user.id }, event })).toMatchObject({ duplicate: false });
  });

  it("pins each run to the version published when the event arrived", async () => {
    const { user, stripe, zap } = await world();
    const canceled = await zap("Canceled", "subscription_canceled");
    const first = await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: withId(subscriptionDeleted) });
    await publishZap({ userId: user.id, zapId: canceled.id, verifyConnections: false });
    const second = await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: withId(subscriptionDeleted) });
    const versions = await db.run.findMany({
      where: { id: { in: [...first.runIds, ...second.runIds] } },
      select: { zapVersion: { select: { number: true } } },
      orderBy: { createdAt: "asc" },
    });
    expect(versions.map((run) => run.zapVersion?.number)).toEqual([1, 2]);
  });
});
