// The demo's stand-ins end to end below the UI: the seeded shop, the control API the demo pages call,
// and a demo Stripe connection that receives the panel's events as signed webhooks (real PostgreSQL,
// Conduit's real webhook route, the real `stripe` SDK).
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, demoCustomerId } from "@/demo/demo-customers";
import { makeDemoEvent } from "@/demo/make-demo-event";
import { startDemo } from "@/demo/start-demo";
import { createConnection } from "@/lib/connections/create-connection";
import { db } from "@/lib/db";
import { DEMO_CUSTOMERIO, DEMO_STRIPE } from "@/lib/demo/demo-credentials";
import { createTriggerZap } from "@/test/create-trigger-zap";
import { startWebhookServer } from "@/test/start-webhook-server";

const demo = await startDemo();
const conduit = await startWebhookServer();
afterAll(async () => {
  await Promise.all([demo.close(), conduit.close()]);
});

const stripe = new Stripe(DEMO_STRIPE.secretKey, { host: demo.stripe.host, port: demo.stripe.port, protocol: demo.stripe.protocol, maxNetworkRetries: 0 });
const control = (path: string, body?: unknown) =>
  fetch(
    `${demo.appEnv.DEMO_CONTROL_URL}${path}`,
    body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  ).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));
const [jenny, ravi, mia, tomas] = DEMO_CUSTOMERS.map(demoCustomerId) as [string, string, string, string, string];

describe("the demo shop", () => {
  it("holds customers with active subscriptions, payments, declines and a dispute, as the Stripe API lists them", async () => {
    expect(demo.shop).toEqual({ customers: 5, subscriptions: 5, charges: 17, events: 3 });
    const customers = await stripe.customers.list({ limit: 100 });
    expect(customers.data.map((customer) => customer.email).sort()).toEqual(DEMO_CUSTOMERS.map((customer) => customer.email).sort());
    const subscriptions = await stripe.subscriptions.list({ limit: 100 });
    expect(subscriptions.data.every((subscription) => subscription.status === "active")).toBe(true);
    const declined = (await stripe.charges.list({ limit: 100 })).data.filter((charge) => charge.status === "failed");
    expect(declined.map((charge) => [charge.customer, charge.failure_code])).toEqual(
      expect.arrayContaining([
        [ravi, "card_declined"],
        [mia, "insufficient_funds"],
      ]),
    );
    const events = await stripe.events.list({ limit: 100 });
    expect(events.data.map((event) => event.type).sort()).toEqual(["charge.dispute.created", "charge.failed", "charge.failed"]);
  });
});

describe("the demo's control API", () => {
  it("answers only under its secret path, and takes only JSON, so no web page can drive it", async () => {
    const origin = new URL(demo.appEnv.DEMO_CONTROL_URL).origin;
    expect((await fetch(`${origin}/shop`)).status).toBe(404);
    const crossSite = await fetch(`${demo.appEnv.DEMO_CONTROL_URL}/stripe/events`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ kind: "payment_failed", customerId: jenny }),
    });
    expect(crossSite.status).toBe(415);
  });

  it("lists the shop's customers", async () => {
    const { status, body } = await control("/shop");
    expect(status).toBe(200);
    expect(body.customers).toContainEqual({ id: jenny, name: "Jenny Rosen", email: "jenny.rosen@example.com", plan: "Starter", subscriptionStatus: "active" });
  });

  it("makes events on demand, refuses what cannot happen, and lists them newest first", async () => {
    expect(await control("/stripe/events", { kind: "payment_succeeded", customerId: jenny })).toMatchObject({
      status: 201,
      body: { event: { type: "charge.succeeded" } },
    });
    expect(await control("/stripe/events", { kind: "subscription_canceled", customerId: tomas })).toMatchObject({
      status: 201,
      body: { event: { type: "customer.subscription.deleted" } },
    });
    expect(await control("/stripe/events", { kind: "subscription_canceled", customerId: tomas })).toEqual({
      status: 400,
      body: { error: "Tomás García has no active subscription left to cancel." },
    });
    expect(await control("/stripe/events", { kind: "dispute_opened", customerId: "cus_Nobody" })).toEqual({
      status: 400,
      body: { error: "The demo shop has no customer cus_Nobody." },
    });
    expect((await control("/stripe/events", { kind: "refund", customerId: jenny })).status).toBe(400);
    const subscription = (await stripe.subscriptions.list({ customer: tomas, status: "all" })).data[0];
    expect(subscription).toMatchObject({ status: "canceled" });
  });

  it("lists what the Customer.io stand-in received, newest first", async () => {
    const auth = `Basic ${Buffer.from(`${DEMO_CUSTOMERIO.siteId}:${DEMO_CUSTOMERIO.trackApiKey}`).toString("base64")}`;
    const track = (path: string, method: string, body: unknown) =>
      fetch(`${demo.appEnv.CUSTOMERIO_TRACK_URL}${path}`, {
        method,
        headers: { authorization: auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await track(`/api/v1/customers/${ravi}`, "PUT", { email: "ravi.patel@example.com", plan: "pro" })).status).toBe(200);
    expect((await track(`/api/v1/customers/${ravi}/events`, "POST", { name: "payment_failed", data: { amount: "$49.00" } })).status).toBe(200);
    expect((await track(`/api/v1/customers/${ravi}/events`, "POST", { name: "payment_retried" })).status).toBe(200);
    const { body } = await control("/customerio");
    expect(body.people).toEqual([{ id: ravi, attributes: { email: "ravi.patel@example.com", plan: "pro" } }]);
    expect((body.events as { name: string }[]).map((event) => event.name)).toEqual(["payment_retried", "payment_failed"]);
    expect(body.emails).toEqual([]);
  });
});

describe("a demo Stripe connection", () => {
  it("gets its webhook endpoint on a local APP_URL, and receives the panel's events, which run its zaps", async () => {
    const user = await db.user.create({ data: { email: `demo-${randomUUID()}@example.com`, passwordHash: "not-used" } });
    const connected = await createConnection({
      userId: user.id,
      app: "stripe",
      values: { secretKey: DEMO_STRIPE.secretKey },
      appUrl: conduit.url,
      vendor: { apiBase: demo.stripe.url, demo: true },
    });
    expect(connected).toMatchObject({ ok: true, accountName: DEMO_STRIPE.accountName, webhook: { mode: "managed" } });
    if (!connected.ok) return;
    const zap = await createTriggerZap({ userId: user.id, stripeId: connected.connectionId, trigger: "payment_failed", publish: true });

    const made = makeDemoEvent({ standIn: demo.stripe, kind: "payment_failed", customerId: jenny });
    if (!made.ok) throw new Error(made.message);
    const deliveries = await made.delivered;
    expect(deliveries.map((delivery) => [delivery.url, delivery.outcome, delivery.attempts.map((attempt) => attempt.status)])).toContainEqual([
      `${conduit.url}/api/webhooks/stripe/${connected.connectionId}`,
      "delivered",
      [200],
    ]);
    const stored = await db.stripeEvent.findUniqueOrThrow({
      where: { connectionId_stripeEventId: { connectionId: connected.connectionId, stripeEventId: String(made.event.id) } },
      include: { runs: true },
    });
    expect(stored).toMatchObject({ type: "charge.failed", livemode: false });
    expect(stored.runs.map((run) => run.zapId)).toEqual([zap.zapId]);
  });

  it("without demo mode, a local APP_URL still gets no endpoint (the user adds it by hand)", async () => {
    const user = await db.user.create({ data: { email: `demo-${randomUUID()}@example.com`, passwordHash: "not-used" } });
    const connected = await createConnection({
      userId: user.id,
      app: "stripe",
      values: { secretKey: DEMO_STRIPE.secretKey },
      appUrl: conduit.url,
      vendor: { apiBase: demo.stripe.url },
    });
    expect(connected).toMatchObject({ ok: true, webhook: { mode: "manual" } });
  });
});
