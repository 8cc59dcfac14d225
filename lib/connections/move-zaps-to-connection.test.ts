// Deleting a connection that zaps use, connecting the same account again and moving the zaps over:
// real PostgreSQL, the Stripe and Customer.io stand-ins.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeTestbed, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

const LOCAL_APP_URL = "http://localhost:3000";
const WORKSPACE = { siteId: "mv1f0c1d2e4b5a6c7d8e", trackApiKey: "track0key0move000a1b2" };
const OTHER_WORKSPACE = { siteId: "mv2f0c1d2e4b5a6c7d8e", trackApiKey: "track0key0move000c3d4" };

const { standIn: stripe } = await startStripeTestbed();
const customerio = await startCustomerioStandIn({ region: "us", workspaces: [WORKSPACE, OTHER_WORKSPACE] });
reloadWithEnv({ STRIPE_API_BASE: stripe.url });
const { deleteConnection } = await import("@/lib/connections/delete-connection");
const { moveZapsToConnection, NOTHING_TO_MOVE } = await import("@/lib/connections/move-zaps-to-connection");
afterAll(async () => {
  await Promise.all([stripe.close(), customerio.close()]);
});

const CUSTOMERIO_DELETED = "Its Customer.io connection was deleted";
const STRIPE_DELETED = "Its Stripe connection was deleted";

async function newUser() {
  return db.user.create({ data: { email: `move-${randomUUID()}@example.com`, passwordHash: "not-used" } });
}

async function connectCustomerio({ userId, workspace = WORKSPACE }: { userId: string; workspace?: typeof WORKSPACE }): Promise<string> {
  const result = await createConnection({
    userId,
    app: "customerio",
    values: { ...workspace, region: "us" },
    vendor: { trackUrl: customerio.trackUrl, appUrl: customerio.appUrl },
  });
  if (!result.ok) throw new Error(`connecting Customer.io failed: ${JSON.stringify(result)}`);
  return result.connectionId;
}

async function connectStripe({ userId, secretKey = TEST_KEYS.secret }: { userId: string; secretKey?: string }): Promise<string> {
  const result = await createConnection({ userId, app: "stripe", values: { secretKey }, appUrl: LOCAL_APP_URL, vendor: { apiBase: stripe.url } });
  if (!result.ok) throw new Error(`connecting Stripe failed: ${JSON.stringify(result)}`);
  return result.connectionId;
}

/** A published zap: Stripe trigger, one Customer.io step; on unless `enabled` is false. */
async function zapUsing({
  userId,
  stripeId,
  customerioId,
  name,
  enabled = true,
}: {
  userId: string;
  stripeId: string;
  customerioId: string;
  name: string;
  enabled?: boolean;
}) {
  const zap = await createZap({
    userId,
    input: {
      name,
      definition: {
        trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripeId, options: {} },
        filter: null,
        steps: [{ id: "person", app: "customerio", key: "identify_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } }],
      },
    },
  });
  const published = await publishZap({ userId, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`publishing failed: ${JSON.stringify(published.problems)}`);
  if (!enabled) await setZapEnabled({ userId, zapId: zap.id, enabled: false });
  return zap.id;
}

async function runOf({ zapId, stripeId, status }: { zapId: string; stripeId: string; status: "QUEUED" | "SUCCEEDED" }) {
  const { publishedVersionId } = await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { publishedVersionId: true } });
  const event = await db.stripeEvent.create({
    data: {
      connectionId: stripeId,
      stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
      type: "customer.subscription.deleted",
      livemode: false,
      payload: subscriptionDeleted,
    },
    select: { id: true },
  });
  const finished = status === "SUCCEEDED" ? { attempts: 1, startedAt: new Date(), finishedAt: new Date() } : {};
  return (await db.run.create({ data: { zapId, eventId: event.id, zapVersionId: publishedVersionId, status, ...finished }, select: { id: true } })).id;
}

async function zapState(zapId: string) {
  const zap = await db.zap.findUniqueOrThrow({
    where: { id: zapId },
    select: { enabled: true, pausedReason: true, draft: true, publishedVersion: { select: { number: true, definition: true } } },
  });
  type Definition = { trigger: { connectionId: string }; steps: { connectionId: string }[] };
  const draft = zap.draft as Definition;
  const published = zap.publishedVersion?.definition as Definition;
  return {
    enabled: zap.enabled,
    pausedReason: zap.pausedReason,
    version: zap.publishedVersion?.number,
    draft: { trigger: draft.trigger.connectionId, step: draft.steps[0]?.connectionId },
    published: { trigger: published.trigger.connectionId, step: published.steps[0]?.connectionId },
  };
}

async function cardOf({ userId, connectionId }: { userId: string; connectionId: string }) {
  const card = (await listConnections({ userId, appUrl: LOCAL_APP_URL })).find((connection) => connection.id === connectionId);
  if (!card) throw new Error("no such connection on the page");
  return card.zaps;
}

describe("deleting a connection that zaps use", () => {
  it("lists the zaps first, then turns off the ones that were on with the reason and fails their waiting runs", async () => {
    const user = await newUser();
    const stripeId = await connectStripe({ userId: user.id });
    const customerioId = await connectCustomerio({ userId: user.id });
    const otherCustomerioId = await connectCustomerio({ userId: user.id, workspace: OTHER_WORKSPACE });
    const on = await zapUsing({ userId: user.id, stripeId, customerioId, name: "On" });
    const off = await zapUsing({ userId: user.id, stripeId, customerioId, name: "Off", enabled: false });
    const elsewhere = await zapUsing({ userId: user.id, stripeId, customerioId: otherCustomerioId, name: "Elsewhere" });
    const [queued, succeeded, queuedElsewhere] = [
      await runOf({ zapId: on, stripeId, status: "QUEUED" }),
      await runOf({ zapId: on, stripeId, status: "SUCCEEDED" }),
      await runOf({ zapId: elsewhere, stripeId, status: "QUEUED" }),
    ];

    expect((await cardOf({ userId: user.id, connectionId: customerioId })).usedBy).toEqual([
      { id: on, name: "On", enabled: true },
      { id: off, name: "Off", enabled: false },
    ]);

    expect(await deleteConnection({ userId: user.id, connectionId: customerioId })).toEqual({ ok: true, turnedOff: 1, failedRuns: 1 });
    expect(await zapState(on)).toMatchObject({ enabled: false, pausedReason: expect.stringContaining(CUSTOMERIO_DELETED) });
    expect(await zapState(off)).toMatchObject({ enabled: false, pausedReason: null });
    expect(await zapState(elsewhere)).toMatchObject({ enabled: true, pausedReason: null });
    expect(await db.run.findUniqueOrThrow({ where: { id: queued } })).toMatchObject({
      status: "FAILED",
      error: expect.stringContaining(CUSTOMERIO_DELETED),
      finishedAt: expect.any(Date),
    });
    expect(await db.run.findUniqueOrThrow({ where: { id: succeeded } })).toMatchObject({ status: "SUCCEEDED", error: null });
    expect(await db.run.findUniqueOrThrow({ where: { id: queuedElsewhere } })).toMatchObject({ status: "QUEUED" });
  });
});

describe("connecting the same account again", () => {
  it("offers the Customer.io workspace's zaps to the new connection and moves them in one click, turning back on those that were on", async () => {
    const user = await newUser();
    const stripeId = await connectStripe({ userId: user.id });
    const oldId = await connectCustomerio({ userId: user.id });
    const on = await zapUsing({ userId: user.id, stripeId, customerioId: oldId, name: "On" });
    const off = await zapUsing({ userId: user.id, stripeId, customerioId: oldId, name: "Off", enabled: false });
    await deleteConnection({ userId: user.id, connectionId: oldId });

    // Another workspace is not the same account.
    const otherId = await connectCustomerio({ userId: user.id, workspace: OTHER_WORKSPACE });
    expect((await cardOf({ userId: user.id, connectionId: otherId })).moveOffer).toBeNull();
    expect(await moveZapsToConnection({ userId: user.id, connectionId: otherId })).toEqual({ ok: false, message: NOTHING_TO_MOVE });

    const newId = await connectCustomerio({ userId: user.id });
    expect((await cardOf({ userId: user.id, connectionId: newId })).moveOffer).toEqual({ appName: "Customer.io", zaps: 2, turnedOff: 1 });
    expect(await moveZapsToConnection({ userId: user.id, connectionId: newId })).toEqual({ ok: true, moved: 2, turnedOn: 1 });

    expect(await zapState(on)).toEqual({
      enabled: true,
      pausedReason: null,
      version: 2,
      draft: { trigger: stripeId, step: newId },
      published: { trigger: stripeId, step: newId },
    });
    expect(await zapState(off)).toEqual({
      enabled: false,
      pausedReason: null,
      version: 2,
      draft: { trigger: stripeId, step: newId },
      published: { trigger: stripeId, step: newId },
    });
    // Version 1 is history, as published.
    const first = await db.zapVersion.findFirstOrThrow({ where: { zapId: on, number: 1 }, select: { definition: true } });
    expect(JSON.stringify(first.definition)).toContain(oldId);

    expect((await cardOf({ userId: user.id, connectionId: newId })).moveOffer).toBeNull();
    expect(await moveZapsToConnection({ userId: user.id, connectionId: newId })).toEqual({ ok: false, message: NOTHING_TO_MOVE });
  });

  it("does the same for a Stripe account in the same mode only, and keeps off a zap whose other connection is still deleted", async () => {
    const user = await newUser();
    const oldStripeId = await connectStripe({ userId: user.id });
    const oldCustomerioId = await connectCustomerio({ userId: user.id });
    const zap = await zapUsing({ userId: user.id, stripeId: oldStripeId, customerioId: oldCustomerioId, name: "Both" });
    expect(await deleteConnection({ userId: user.id, connectionId: oldStripeId, appUrl: LOCAL_APP_URL })).toMatchObject({ ok: true, turnedOff: 1 });
    expect(await zapState(zap)).toMatchObject({ enabled: false, pausedReason: expect.stringContaining(STRIPE_DELETED) });
    expect(await deleteConnection({ userId: user.id, connectionId: oldCustomerioId })).toEqual({ ok: true });

    // The same account in live mode is another connection's business.
    const liveId = await connectStripe({ userId: user.id, secretKey: TEST_KEYS.live });
    expect((await cardOf({ userId: user.id, connectionId: liveId })).moveOffer).toBeNull();

    const newStripeId = await connectStripe({ userId: user.id });
    expect((await cardOf({ userId: user.id, connectionId: newStripeId })).moveOffer).toEqual({ appName: "Stripe", zaps: 1, turnedOff: 1 });
    expect(await moveZapsToConnection({ userId: user.id, connectionId: newStripeId })).toEqual({ ok: true, moved: 1, turnedOn: 0 });
    expect(await zapState(zap)).toMatchObject({
      enabled: false,
      pausedReason: expect.stringContaining(CUSTOMERIO_DELETED),
      published: { trigger: newStripeId, step: oldCustomerioId },
    });

    const newCustomerioId = await connectCustomerio({ userId: user.id });
    expect((await cardOf({ userId: user.id, connectionId: newCustomerioId })).moveOffer).toEqual({ appName: "Customer.io", zaps: 1, turnedOff: 1 });
    expect(await moveZapsToConnection({ userId: user.id, connectionId: newCustomerioId })).toEqual({ ok: true, moved: 1, turnedOn: 1 });
    expect(await zapState(zap)).toEqual({
      enabled: true,
      pausedReason: null,
      version: 3,
      draft: { trigger: newStripeId, step: newCustomerioId },
      published: { trigger: newStripeId, step: newCustomerioId },
    });
  });

  it("never offers or moves another user's zaps, even for the same workspace", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const stripeId = await connectStripe({ userId: alice.id });
    const oldId = await connectCustomerio({ userId: alice.id });
    const zap = await zapUsing({ userId: alice.id, stripeId, customerioId: oldId, name: "Alice's" });
    await deleteConnection({ userId: alice.id, connectionId: oldId });
    const before = await zapState(zap);

    const bobsId = await connectCustomerio({ userId: bob.id });
    expect((await cardOf({ userId: bob.id, connectionId: bobsId })).moveOffer).toBeNull();
    expect(await moveZapsToConnection({ userId: bob.id, connectionId: bobsId })).toEqual({ ok: false, message: NOTHING_TO_MOVE });
    expect(await zapState(zap)).toEqual(before);

    const alicesNewId = await connectCustomerio({ userId: alice.id });
    expect(await moveZapsToConnection({ userId: bob.id, connectionId: alicesNewId })).toEqual({ ok: false, message: CONNECTION_NOT_FOUND });
    expect(await deleteConnection({ userId: bob.id, connectionId: alicesNewId })).toEqual({ ok: false, message: CONNECTION_NOT_FOUND });
    expect(await zapState(zap)).toEqual(before);
    expect(await db.deletedConnection.count({ where: { userId: bob.id } })).toBe(0);

    expect(await moveZapsToConnection({ userId: alice.id, connectionId: alicesNewId })).toEqual({ ok: true, moved: 1, turnedOn: 1 });
  });
});
