// What the webhook answers while PostgreSQL or Redis is down: Stripe must retry what was not stored,
// and nothing that was answered with a 2xx may be lost.
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { createPublishedZap } from "@/test/create-published-zap";
import { reloadWithEnv } from "@/test/reload-with-env";
import { closedPort } from "@/test/closed-port";

const SIGNING_SECRET = "whsec_outage_test_secret_000001";
const original = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL };
afterEach(() => Object.assign(process.env, original));

/** receiveStripeWebhook as a process started with this environment would run it. */
async function receiverWith(env: Record<string, string>) {
  reloadWithEnv(env);
  return (await import("@/lib/catalog/stripe/webhook/receive-stripe-webhook")).receiveStripeWebhook;
}

async function signedDelivery() {
  const zap = await createPublishedZap({
    signingSecret: SIGNING_SECRET,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (id) => [{ id: "person", app: "customerio", key: "delete_person", connectionId: id, inputs: { personId: "{{trigger.customer}}" } }],
  });
  const payload = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
  return { zap, payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: SIGNING_SECRET }) };
}

describe("receiveStripeWebhook during outages", () => {
  it("still answers 2xx while Redis is down: the run is in PostgreSQL, QUEUED for the sweeper", async () => {
    const { zap, payload, signature } = await signedDelivery();
    const receive = await receiverWith({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    expect(await receive({ connectionId: zap.stripeId, rawBody: payload, signature })).toEqual({
      status: 200,
      body: { received: true, duplicate: false, runs: 1 },
    });
    const runs = await db.run.findMany({ where: { zapId: zap.zapId } });
    expect(runs.map((run) => run.status)).toEqual(["QUEUED"]);
  });

  it("answers 503 while PostgreSQL is down, so Stripe retries, and stores nothing", async () => {
    const { zap, payload, signature } = await signedDelivery();
    const receive = await receiverWith({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${await closedPort()}/none` });
    const answer = await receive({ connectionId: zap.stripeId, rawBody: payload, signature });
    expect(answer.status).toBe(503);
    expect(String(answer.body.error)).toContain("Stripe will retry");
    expect(await db.stripeEvent.count({ where: { connectionId: zap.stripeId } })).toBe(0);
  });
});
