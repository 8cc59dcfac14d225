import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { createPublishedZap } from "@/test/create-published-zap";
import { receiveStripeWebhook } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

const SIGNING_SECRET = "whsec_test_conduit_signing_secret_0001";
async function world({ signingSecret = SIGNING_SECRET }: { signingSecret?: string } = {}) {
  const zap = await createPublishedZap({
    signingSecret,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (customerioId) => [
      { id: "person", app: "customerio", key: "delete_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
    ],
  });
  return { stripe: { id: zap.stripeId }, customerio: { id: zap.customerioId } };
}

function signedEvent({ secret = SIGNING_SECRET, timestamp }: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }) };
}

const storedEvents = (connectionId: string) => db.stripeEvent.count({ where: { connectionId } });

describe("receiveStripeWebhook", () => {
  it("stores a correctly signed event with its run and answers 200", async () => {
    const { stripe } = await world();
    const { payload, signature } = signedEvent();
    const answer = await receiveStripeWebhook({ connectionId: stripe.id, rawBody: payload, signature });
    expect(answer).toEqual({ status: 200, body: { received: true, duplicate: false, runs: 1 } });
    expect(await storedEvents(stripe.id)).toBe(1);
    expect(await receiveStripeWebhook({ connectionId: stripe.id, rawBody: payload, signature })).toEqual({
      status: 200,
      body: { received: true, duplicate: true, runs: 0 },
    });
  });

  it.each([
    ["a wrong secret", () => signedEvent({ secret: "whsec_someone_else_entirely_000" }), 400, "does not match"],
    ["an expired timestamp", () => signedEvent({ timestamp: Math.floor(Date.now() / 1000) - 301 }), 400, "too old"],
    ["a malformed header", () => ({ ...signedEvent(), signature: "garbage" }), 400, "malformed"],
    ["no header", () => ({ ...signedEvent(), signature: null }), 400, "missing"],
    [
      "a tampered body",
      () => {
        const e = signedEvent();
        return { ...e, payload: e.payload.replace("canceled", "active") };
      },
      400,
      "does not match",
    ],
    ["a body over 1 MB", () => ({ ...signedEvent(), payload: null }), 413, "larger than"],
  ])("refuses %s and stores nothing", async (_name, make, status, message) => {
    const { stripe } = await world();
    const { payload, signature } = make();
    const answer = await receiveStripeWebhook({ connectionId: stripe.id, rawBody: payload, signature });
    expect(answer.status).toBe(status);
    expect(String(answer.body.error)).toContain(message);
    expect(await storedEvents(stripe.id)).toBe(0);
  });

  it("refuses a signed body that is not JSON, or not a Stripe event", async () => {
    const { stripe } = await world();
    for (const [payload, message] of [
      ["not json", "not JSON"],
      ['{"hello":"world"}', "not a Stripe event"],
    ] as const) {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SIGNING_SECRET });
      expect(await receiveStripeWebhook({ connectionId: stripe.id, rawBody: payload, signature })).toEqual({
        status: 400,
        body: { error: expect.stringContaining(message) },
      });
    }
    expect(await storedEvents(stripe.id)).toBe(0);
  });

  it.each([["not-a-uuid"], [randomUUID()]])("refuses an unknown connection %s", async (connectionId) => {
    const { payload, signature } = signedEvent();
    expect(await receiveStripeWebhook({ connectionId, rawBody: payload, signature })).toMatchObject({ status: 400 });
  });

  it("refuses events for a Customer.io connection and for a Stripe connection without a signing secret", async () => {
    const { customerio } = await world();
    const { payload, signature } = signedEvent();
    expect(await receiveStripeWebhook({ connectionId: customerio.id, rawBody: payload, signature })).toMatchObject({ status: 400 });
    const { stripe } = await world({ signingSecret: "" });
    expect(await receiveStripeWebhook({ connectionId: stripe.id, rawBody: payload, signature })).toEqual({
      status: 400,
      body: { error: "This connection has no signing secret yet: add it on Conduit's Connections page." },
    });
  });
});
