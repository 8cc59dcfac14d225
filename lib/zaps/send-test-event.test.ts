import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { db } from "@/lib/db";
import { runsQueue } from "@/lib/queue/runs-queue";
import { createTriggerZap } from "@/test/create-trigger-zap";
import { startWebhookServer, type WebhookServer } from "@/test/start-webhook-server";
import { sendTestEvent } from "@/lib/zaps/send-test-event";

const SECRET = "whsec_send_test_event_secret_0001";

let server: WebhookServer;
beforeAll(async () => {
  server = await startWebhookServer();
});
afterAll(() => server.close());

const send = (zap: { userId: string; zapId: string }) => sendTestEvent({ userId: zap.userId, zapId: zap.zapId });
const runsOf = (zapId: string) => db.run.findMany({ where: { zapId }, include: { event: true }, orderBy: { createdAt: "asc" } });

/** A user with two published, enabled "Subscription canceled" zaps on one Stripe connection. */
async function twoZaps() {
  const first = await createTriggerZap({ signingSecret: SECRET, publish: true, name: "First" });
  const second = await createTriggerZap({ userId: first.userId, stripeId: first.stripeId, publish: true, name: "Second" });
  return { first, second };
}

/** POSTs a body to the connection's webhook URL the way Stripe does. */
async function deliver({ connectionId, payload, signature }: { connectionId: string; payload: string; signature: string }) {
  const response = await fetch(`${server.url}/api/webhooks/stripe/${connectionId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const realEvent = () => JSON.stringify({ ...samples.customerSubscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });

describe("sendTestEvent", () => {
  it("runs only the zap it tests, once, as a test, and a real delivery still runs every zap", async () => {
    const { first, second } = await twoZaps();
    const before = Math.floor(Date.now() / 1000);
    const result = await send(first);
    if (!result.ok) throw new Error(result.message);
    expect(result).toEqual({ ok: true, runId: expect.any(String), stripeEventId: expect.stringMatching(/^evt_test_[0-9a-f]{24}$/) });

    const [run, ...more] = await runsOf(first.zapId);
    expect(more).toHaveLength(0);
    const version = await db.zap.findUniqueOrThrow({ where: { id: first.zapId }, select: { publishedVersionId: true } });
    expect(run).toMatchObject({ id: result.runId, isTest: true, status: "QUEUED", zapVersionId: version.publishedVersionId, draftDefinition: null });
    expect(run?.event).toMatchObject({
      connectionId: first.stripeId,
      stripeEventId: result.stripeEventId,
      type: "customer.subscription.deleted",
      livemode: false,
    });
    const payload = run?.event.payload as Record<string, unknown>;
    expect(payload).not.toHaveProperty("conduit_test");
    expect(payload).toMatchObject({ id: result.stripeEventId, data: samples.customerSubscriptionDeleted.data });
    expect(payload.created).toBeGreaterThanOrEqual(before);
    expect(await runsOf(second.zapId)).toHaveLength(0);
    expect(await runsQueue().getJob(result.runId)).toMatchObject({ data: { runId: result.runId } });

    // A real delivery of the same type still starts every matching, enabled zap, not as a test.
    const payloadOfStripe = realEvent();
    const delivered = await deliver({
      connectionId: first.stripeId ?? "",
      payload: payloadOfStripe,
      signature: Stripe.webhooks.generateTestHeaderString({ payload: payloadOfStripe, secret: SECRET }),
    });
    expect(delivered).toEqual({ status: 200, body: { received: true, duplicate: false, runs: 2 } });
    expect((await runsOf(first.zapId)).map((one) => one.isTest)).toEqual([true, false]);
    expect((await runsOf(second.zapId)).map((one) => one.isTest)).toEqual([false]);
  });

  it("runs the current draft of a zap that is off and was never published", async () => {
    const zap = await createTriggerZap({ signingSecret: SECRET });
    const result = await send(zap);
    if (!result.ok) throw new Error(result.message);
    const { draft } = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { draft: true } });
    expect(await runsOf(zap.zapId)).toEqual([expect.objectContaining({ id: result.runId, isTest: true, zapVersionId: null, draftDefinition: draft })]);
  });

  it("runs the draft, not the published version, when they differ", async () => {
    const zap = await createTriggerZap({ signingSecret: SECRET, publish: true });
    const { draft } = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { draft: true } });
    const edited = {
      ...(draft as Record<string, unknown>),
      filter: { groups: [{ rules: [{ field: "trigger.status", operator: "equals", value: "canceled" }] }] },
    };
    await db.zap.update({ where: { id: zap.zapId }, data: { draft: edited, enabled: false } });
    const result = await send(zap);
    if (!result.ok) throw new Error(result.message);
    const [run] = await runsOf(zap.zapId);
    expect(run).toMatchObject({ zapVersionId: null, draftDefinition: { filter: edited.filter } });
  });

  it("sends the zap's chosen sample with a fresh id", async () => {
    const zap = await createTriggerZap({ signingSecret: SECRET });
    const chosen = {
      ...samples.customerSubscriptionDeleted,
      id: "evt_chosen_real_event",
      data: { object: { ...samples.customerSubscriptionDeleted.data.object, customer: "cus_chosen" } },
    };
    await db.zap.update({ where: { id: zap.zapId }, data: { sampleEvent: JSON.parse(JSON.stringify(chosen)) } });
    const result = await send(zap);
    if (!result.ok) throw new Error(result.message);
    const [run] = await runsOf(zap.zapId);
    expect(run?.event.payload).toMatchObject({ id: result.stripeEventId, data: { object: { customer: "cus_chosen" } } });
    expect(result.stripeEventId).not.toBe("evt_chosen_real_event");
  });

  it("runs an event the trigger's options would skip, and says so", async () => {
    const zap = await createTriggerZap({ signingSecret: SECRET, options: { mode: "live" } });
    const result = await send(zap);
    expect(result).toEqual({
      ok: true,
      runId: expect.any(String),
      stripeEventId: expect.any(String),
      note: "In real use the trigger would skip this event: it only starts on live-mode events, and this one is from test mode. The test ran the zap anyway.",
    });
    expect(await runsOf(zap.zapId)).toHaveLength(1);
  });

  it.each([
    [
      "no trigger",
      async () => {
        const zap = await createTriggerZap({ signingSecret: SECRET });
        await db.zap.update({ where: { id: zap.zapId }, data: { draft: { trigger: null, filter: null, steps: [] } } });
        return zap;
      },
      "Choose the Stripe event that starts this zap first.",
    ],
    ["no connection", () => createTriggerZap({ stripeId: null }), "Choose the Stripe account this trigger listens to."],
  ])("refuses a zap with %s", async (_name, make, message) => {
    const zap = await make();
    expect(await send(zap)).toEqual({ ok: false, message: expect.stringContaining(message) });
    expect(await runsOf(zap.zapId)).toHaveLength(0);
  });

  it("refuses another user's zap", async () => {
    const owner = await createTriggerZap({ signingSecret: SECRET });
    const stranger = await createTriggerZap({ signingSecret: SECRET });
    expect(await send({ userId: stranger.userId, zapId: owner.zapId })).toEqual({ ok: false, message: expect.stringContaining("does not exist") });
    expect(await runsOf(owner.zapId)).toHaveLength(0);
  });
});

describe("without a public URL or a signing secret", () => {
  it("records the test event all the same: Send test event needs neither", async () => {
    const zap = await createTriggerZap({ signingSecret: null });
    const result = await send(zap);
    if (!result.ok) throw new Error(result.message);
    expect(await runsOf(zap.zapId)).toEqual([expect.objectContaining({ id: result.runId, isTest: true })]);
    expect(await runsQueue().getJob(result.runId)).toMatchObject({ data: { runId: result.runId } });
  });

  it("is refused when the trigger's connection was deleted meanwhile", async () => {
    const zap = await createTriggerZap({ signingSecret: null });
    await db.connection.update({ where: { id: zap.stripeId ?? "" }, data: { status: "REVOKED" } });
    expect(await send(zap)).toEqual({ ok: false, message: "The trigger's Stripe connection no longer exists: choose another one." });
    expect(await runsOf(zap.zapId)).toHaveLength(0);
  });
});
