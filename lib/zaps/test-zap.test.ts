// Real data through every step of a builder test: a lookup's tested output is kept with the zap and
// is what later steps' tests (and the whole-zap test) map from, until the lookup changes. Against real
// PostgreSQL, the Stripe stand-in (real SDK) and the Customer.io stand-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";

const WORKSPACE = { siteId: "site-zap-test", trackApiKey: "track-key-zap-test-7a1c", appApiKey: "app-key-zap-test-2b9d" };
const STRIPE_KEY = "sk_test_51ZapTestConduitSecretKey000000001";
// The customer of the Payment succeeded trigger's catalog sample (charge.succeeded).
const CUSTOMER = "cus_QXg1o8vcGmoR32";
let stripe: StripeStandIn;
let customerio: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  testZapStep: typeof import("@/lib/zaps/test-zap-step").testZapStep;
  testZap: typeof import("@/lib/zaps/test-zap").testZap;
  saveZapDraft: typeof import("@/lib/zaps/save-zap-draft").saveZapDraft;
  getZapForBuilder: typeof import("@/lib/zaps/get-zap-for-builder").getZapForBuilder;
  recordStepTest: typeof import("@/lib/zaps/record-step-test").recordStepTest;
  createTestConnection: typeof import("@/test/create-test-connection").createTestConnection;
  createZap: typeof import("@/lib/zaps/create-zap").createZap;
};

beforeAll(async () => {
  stripe = await startStripeStandIn({ accounts: [{ id: "acct_ZapTest0000001", displayName: "Zap test shop", keys: [{ secret: STRIPE_KEY }] }] });
  customerio = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ STRIPE_API_BASE: stripe.url, CUSTOMERIO_TRACK_URL: customerio.trackUrl, CUSTOMERIO_APP_URL: customerio.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    testZapStep: (await import("@/lib/zaps/test-zap-step")).testZapStep,
    testZap: (await import("@/lib/zaps/test-zap")).testZap,
    saveZapDraft: (await import("@/lib/zaps/save-zap-draft")).saveZapDraft,
    getZapForBuilder: (await import("@/lib/zaps/get-zap-for-builder")).getZapForBuilder,
    recordStepTest: (await import("@/lib/zaps/record-step-test")).recordStepTest,
    createTestConnection: (await import("@/test/create-test-connection")).createTestConnection,
    createZap: (await import("@/lib/zaps/create-zap")).createZap,
  };
});
beforeEach(() => {
  stripe.reset();
  customerio.reset();
  const day = 86_400;
  stripe.seed({
    customers: [{ id: CUSTOMER, email: "jenny@example.com" }],
    charges: [5000, 3500, 2200].map((amount, index) => ({
      customer: CUSTOMER,
      amount,
      amount_captured: amount,
      amount_refunded: 0,
      captured: true,
      status: "succeeded" as const,
      currency: "usd",
      created: 1_764_633_600 + index * day,
    })),
  });
});
afterAll(async () => {
  await Promise.all([stripe.close(), customerio.close()]);
});

async function paymentTotalsZap() {
  const user = await lib.db.user.create({ data: { email: `zap-test-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripeConnection = await lib.createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: STRIPE_KEY },
    config: {
      accountId: "acct_ZapTest0000001",
      accountName: "Zap test shop",
      livemode: false,
      keyLast4: STRIPE_KEY.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: null },
    },
  });
  const cio = await lib.createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: WORKSPACE.trackApiKey },
    config: { siteId: WORKSPACE.siteId, region: "us", environmentId: null, trackKeyLast4: WORKSPACE.trackApiKey.slice(-4), appKeyLast4: null },
  });
  const totals: StepConfig = {
    id: "totals",
    app: "stripe",
    key: "customer_payment_totals",
    connectionId: stripeConnection.id,
    inputs: { customerId: "{{trigger.customer}}" },
  };
  const person: StepConfig = {
    id: "person",
    app: "customerio",
    key: "identify_person",
    connectionId: cio.id,
    inputs: {
      personId: "{{trigger.customer}}",
      attributes: [
        { key: "total_spent", value: "{{steps.totals.main_currency_total_spent}}" },
        { key: "payments", value: "{{steps.totals.successful_payments}}" },
      ],
    },
  };
  const definition = {
    trigger: { app: "stripe" as const, key: "payment_succeeded", connectionId: stripeConnection.id, options: {} },
    filter: null,
    steps: [totals, person],
  };
  const zap = await lib.createZap({ userId: user.id, input: { name: "Payment totals", definition } });
  return { userId: user.id, zapId: zap.id, definition, totals, person };
}

// As text: whether a single mapped number stays a number is the mapping's concern, not this test's.
const asText = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "number" ? String(inner) : inner))) as unknown;
const attributesOf = (result: Awaited<ReturnType<typeof lib.testZapStep>>) => (result.ok ? asText(result.renderedInput.attributes) : result.message);

describe("testZapStep with earlier steps' tested outputs", () => {
  it("before the lookup is tested, the next step maps its example values and says so; after, its real totals, also after a reload", async () => {
    const { userId, zapId } = await paymentTotalsZap();
    const before = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(attributesOf(before)).toMatchObject({ total_spent: "12900", payments: "7" });
    expect(before).toMatchObject({ examples: ["Step 2 was not tested: its example values were used."] });

    const lookup = await lib.testZapStep({ userId, zapId, stepId: "totals", mode: "send" });
    if (!lookup.ok) throw new Error(lookup.message);
    expect(lookup.output).toMatchObject({ main_currency_total_spent: 10700, successful_payments: 3, main_currency: "usd", first_payment_at: 1_764_633_600 });
    expect(lookup.stepTest).toMatchObject({ sampleEventId: "evt_1SampleChargeSucceeded0", output: lookup.output, step: { key: "customer_payment_totals" } });
    expect(lookup.request.map((request) => request.url)).toEqual(expect.arrayContaining([expect.stringContaining("/v1/charges")]));

    const after = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(attributesOf(after)).toMatchObject({ total_spent: "10700", payments: "3" });
    expect(after).toMatchObject({ ok: true, examples: [] });
    expect(customerio.requests).toHaveLength(0);

    // What the builder loads on a reload: the same kept output.
    const reloaded = await lib.getZapForBuilder({ userId, zapId });
    expect(reloaded?.stepTests.totals).toEqual(lookup.stepTest);
  });

  it("a lookup changed after its test is stale: the next step maps its example values again and says why", async () => {
    const { userId, zapId, definition, totals } = await paymentTotalsZap();
    await lib.testZapStep({ userId, zapId, stepId: "totals", mode: "send" });
    const changed = { ...definition, steps: [{ ...totals, inputs: { customerId: CUSTOMER } }, definition.steps[1]] };
    expect(await lib.saveZapDraft({ userId, zapId, input: { name: "Payment totals", definition: changed } })).toMatchObject({ ok: true });
    const result = await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" });
    expect(attributesOf(result)).toMatchObject({ total_spent: "12900" });
    expect(result).toMatchObject({ examples: [expect.stringMatching(/^Step 2 changed after its test, so its tested values are stale/)] });
  });

  it("keeps tests per owner only, drops tests of removed steps, and refuses an output too large to keep", async () => {
    const alice = await paymentTotalsZap();
    const bob = await paymentTotalsZap();
    const output = { main_currency_total_spent: 1 };
    const refused = await lib.recordStepTest({ userId: bob.userId, zapId: alice.zapId, step: alice.totals, stepIds: ["totals"], sampleEventId: null, output });
    expect(refused).toMatchObject({ ok: false });
    const big = await lib.recordStepTest({
      userId: alice.userId,
      zapId: alice.zapId,
      step: alice.totals,
      stepIds: ["totals"],
      sampleEventId: null,
      output: { text: "x".repeat(60_000) },
    });
    expect(big).toMatchObject({ ok: false, message: expect.stringContaining("not kept") });
    await lib.recordStepTest({ userId: alice.userId, zapId: alice.zapId, step: alice.person, stepIds: ["totals", "person"], sampleEventId: null, output });
    await lib.recordStepTest({ userId: alice.userId, zapId: alice.zapId, step: alice.totals, stepIds: ["totals"], sampleEventId: null, output });
    const stored = await lib.db.zap.findUniqueOrThrow({ where: { id: alice.zapId }, select: { stepTests: true } });
    expect(Object.keys(stored.stepTests as object)).toEqual(["totals"]);
    expect((await lib.db.zap.findUniqueOrThrow({ where: { id: bob.zapId }, select: { stepTests: true } })).stepTests).toBeNull();
  });
});

describe("testZap: the whole zap from the sample event", () => {
  it("runs the lookup for real and the Customer.io step as a dry run mapping the real totals; sends it only when asked", async () => {
    const { userId, zapId } = await paymentTotalsZap();
    const dry = await lib.testZap({ userId, zapId });
    if (!dry.ok) throw new Error(dry.message);
    expect(dry).toMatchObject({ outcome: "succeeded", sampleEvent: { id: "evt_1SampleChargeSucceeded0", type: "charge.succeeded" } });
    expect(dry.steps.map((step) => [step.detail.stepIndex, step.detail.actionName, step.detail.status, step.dryRun])).toEqual([
      [0, "Customer payment totals", "SUCCEEDED", false],
      [1, "Create or update person", "SUCCEEDED", true],
    ]);
    expect(dry.steps[0]?.detail.output).toMatchObject({ main_currency_total_spent: 10700, successful_payments: 3 });
    expect(asText(dry.steps[1]?.detail.input)).toMatchObject({ personId: CUSTOMER, attributes: { total_spent: "10700", payments: "3" } });
    expect(dry.steps[1]?.detail.requests).toHaveLength(1);
    expect(customerio.requests).toHaveLength(0);
    expect(dry.stepTests.totals?.output).toEqual(dry.steps[0]?.detail.output);
    // The next step's own test now maps the same totals.
    expect(attributesOf(await lib.testZapStep({ userId, zapId, stepId: "person", mode: "dry_run" }))).toMatchObject({ total_spent: "10700" });

    const sent = await lib.testZap({ userId, zapId, send: true });
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.steps.map((step) => step.dryRun)).toEqual([false, false]);
    expect(customerio.requests).toHaveLength(1);
    expect(asText(customerio.requests[0]?.body)).toMatchObject({ total_spent: "10700", payments: "3" });
  });

  it("stops at the filter with its reason, and at a failing step with the step's number", async () => {
    const { userId, zapId, definition } = await paymentTotalsZap();
    const filter = { groups: [{ rules: [{ field: "trigger.currency", operator: "equals" as const, value: "eur" }] }] };
    await lib.saveZapDraft({ userId, zapId, input: { name: "Payment totals", definition: { ...definition, filter } } });
    expect(await lib.testZap({ userId, zapId })).toMatchObject({
      ok: true,
      outcome: "filtered",
      message: expect.stringContaining("would stop here"),
      steps: [],
    });

    stripe.failNext({ status: 401, times: 5, path: "/v1/charges" });
    await lib.saveZapDraft({ userId, zapId, input: { name: "Payment totals", definition } });
    const failed = await lib.testZap({ userId, zapId });
    expect(failed).toMatchObject({
      ok: true,
      outcome: "failed",
      message: expect.stringMatching(/^Step 2 failed: /),
      steps: [{ detail: { status: "FAILED" } }],
    });
    // The lookup lists subscriptions alongside the refused charges; that request outlives the failure.
    // Wait for it here, so it does not land in the next test's stand-in log.
    await expect.poll(() => stripe.requests.some((request) => request.path === "/v1/subscriptions")).toBe(true);
  });

  it("refuses another user's zap", async () => {
    const alice = await paymentTotalsZap();
    const bob = await paymentTotalsZap();
    const asked = new Date();
    expect(await lib.testZap({ userId: bob.userId, zapId: alice.zapId })).toMatchObject({ ok: false });
    expect(stripe.requests.filter((request) => request.at >= asked)).toHaveLength(0);
  });
});
