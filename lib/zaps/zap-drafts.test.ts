// The builder's draft lifecycle: autosave, unpublished changes, discard, and publish checking the
// connections with real calls to the Stripe and Customer.io stand-ins.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_WORKSPACE } from "@/lib/catalog/customerio/customerio-testbed";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import type { ZapDefinition } from "@/lib/zaps/schema";

let stripe: StripeStandIn;
let customerio: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  createTestConnection: typeof import("@/test/create-test-connection").createTestConnection;
  createZap: typeof import("@/lib/zaps/create-zap").createZap;
  saveZapDraft: typeof import("@/lib/zaps/save-zap-draft").saveZapDraft;
  getZapForBuilder: typeof import("@/lib/zaps/get-zap-for-builder").getZapForBuilder;
  discardZapDraft: typeof import("@/lib/zaps/discard-zap-draft").discardZapDraft;
  publishZap: typeof import("@/lib/zaps/publish-zap").publishZap;
};

beforeAll(async () => {
  stripe = await startStripeStandIn({ accounts: [TEST_ACCOUNT] });
  customerio = await startCustomerioStandIn({ workspaces: [TEST_WORKSPACE] });
  reloadWithEnv({ STRIPE_API_BASE: stripe.url, CUSTOMERIO_TRACK_URL: customerio.trackUrl, CUSTOMERIO_APP_URL: customerio.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    createTestConnection: (await import("@/test/create-test-connection")).createTestConnection,
    createZap: (await import("@/lib/zaps/create-zap")).createZap,
    saveZapDraft: (await import("@/lib/zaps/save-zap-draft")).saveZapDraft,
    getZapForBuilder: (await import("@/lib/zaps/get-zap-for-builder")).getZapForBuilder,
    discardZapDraft: (await import("@/lib/zaps/discard-zap-draft")).discardZapDraft,
    publishZap: (await import("@/lib/zaps/publish-zap")).publishZap,
  };
});
afterAll(async () => {
  await stripe.close();
  await customerio.close();
});

async function world({ stripeKey = TEST_KEYS.secret as string, trackApiKey = TEST_WORKSPACE.trackApiKey } = {}) {
  const user = await lib.db.user.create({ data: { email: `drafts-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripeConnection = await lib.createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: stripeKey, webhookSigningSecret: "whsec_drafts" },
    config: {
      accountId: TEST_ACCOUNT.id,
      accountName: "Rocket Rides",
      livemode: false,
      keyLast4: stripeKey.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: "afts" },
    },
  });
  const customerioConnection = await lib.createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey },
    config: { siteId: TEST_WORKSPACE.siteId, region: "us", environmentId: null, trackKeyLast4: trackApiKey.slice(-4), appKeyLast4: null },
  });
  const definition: ZapDefinition = {
    trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripeConnection.id, options: {} },
    filter: null,
    steps: [{ id: "person", app: "customerio", key: "identify_person", connectionId: customerioConnection.id, inputs: { personId: "{{trigger.customer}}" } }],
  };
  const zap = await lib.createZap({ userId: user.id, input: { name: "Drafts", definition } });
  return { userId: user.id, zapId: zap.id, definition };
}

describe("zap drafts", () => {
  it("autosaves an incomplete draft and says per step what stops it from publishing", async () => {
    const { userId, zapId, definition } = await world();
    const incomplete = { ...definition, steps: [{ ...definition.steps[0]!, inputs: {} }] };
    const saved = await lib.saveZapDraft({ userId, zapId, input: { name: "  Renamed  ", definition: incomplete } });
    expect(saved).toMatchObject({ ok: true, hasUnpublishedChanges: true, problems: [{ where: "person", message: expect.stringContaining("required") }] });
    const zap = await lib.getZapForBuilder({ userId, zapId });
    expect(zap).toMatchObject({ name: "Renamed", draft: incomplete, published: null, hasUnpublishedChanges: true });
  });

  it("refuses a malformed draft and another user's zap, changing nothing", async () => {
    const { userId, zapId, definition } = await world();
    expect(await lib.saveZapDraft({ userId, zapId, input: { name: "x", definition: { ...definition, steps: [{ id: "Bad Id" }] } } })).toMatchObject({
      ok: false,
    });
    expect(await lib.saveZapDraft({ userId, zapId, input: { name: "", definition } })).toEqual({ ok: false, message: "Give the zap a name." });
    const other = await world();
    expect(await lib.saveZapDraft({ userId: other.userId, zapId, input: { name: "stolen", definition } })).toMatchObject({ ok: false });
    expect(await lib.getZapForBuilder({ userId: other.userId, zapId })).toBeNull();
    expect((await lib.getZapForBuilder({ userId, zapId }))?.name).toBe("Drafts");
  });

  it("keeps runs on the published version while the draft changes; discard restores it", async () => {
    const { userId, zapId, definition } = await world();
    expect(await lib.publishZap({ userId, zapId })).toMatchObject({ ok: true, number: 1 });
    expect(await lib.getZapForBuilder({ userId, zapId })).toMatchObject({ hasUnpublishedChanges: false, published: { number: 1 } });

    const edited = { ...definition, steps: [{ ...definition.steps[0]!, inputs: { personId: "{{trigger.customer}}", email: "{{trigger.$event.id}}" } }] };
    expect(await lib.saveZapDraft({ userId, zapId, input: { name: "Drafts", definition: edited } })).toMatchObject({ ok: true, hasUnpublishedChanges: true });
    const stored = await lib.db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { publishedVersion: { select: { definition: true } } } });
    expect(stored.publishedVersion?.definition).toEqual(definition);

    expect(await lib.discardZapDraft({ userId, zapId })).toEqual({ ok: true, definition });
    expect(await lib.getZapForBuilder({ userId, zapId })).toMatchObject({ draft: definition, hasUnpublishedChanges: false });
  });

  it("cannot discard the draft of a zap that was never published", async () => {
    const { userId, zapId } = await world();
    expect(await lib.discardZapDraft({ userId, zapId })).toEqual({ ok: false, message: expect.stringContaining("never published") });
  });

  it("refuses to publish when Stripe rejects the trigger's key, pointing at the trigger", async () => {
    const { userId, zapId } = await world({ stripeKey: TEST_KEYS.revoked });
    const result = await lib.publishZap({ userId, zapId });
    expect(result).toMatchObject({ ok: false, problems: [{ where: "trigger", message: expect.stringContaining("Stripe refused") }] });
    expect(await lib.db.zap.findUniqueOrThrow({ where: { id: zapId } })).toMatchObject({ enabled: false, publishedVersionId: null });
  });

  it("refuses to publish when Customer.io rejects the step's key, pointing at the step", async () => {
    const { userId, zapId } = await world({ trackApiKey: "rotated-track-key" });
    const result = await lib.publishZap({ userId, zapId });
    expect(result).toMatchObject({ ok: false, problems: [{ where: "person", message: expect.stringContaining("Customer.io refused") }] });
  });
});
