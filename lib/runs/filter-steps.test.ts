// Filters between steps, end to end against real PostgreSQL, the Stripe stand-in (real SDK) and the
// Customer.io stand-in: a filter after a lookup stops a run below its threshold (Filtered, with the
// reason, recorded as a step) and lets one above it through; the builder's tests respect it; an old
// definition with only the filter after the trigger parses and runs as before.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import chargeSucceeded from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import type { Filter } from "@/lib/filters/schema";
import type { StepConfig, ZapStep } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";

const WORKSPACE = { siteId: "site-filter-steps", trackApiKey: "track-key-filter-steps-91", appApiKey: "app-key-filter-steps-17" };
const STRIPE_KEY = "sk_test_51FilterStepsConduitSecretKey0000001";
// The customer of the charge.succeeded sample.
const CUSTOMER = "cus_QXg1o8vcGmoR32";
let stripe: StripeStandIn;
let customerio: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createTestConnection: typeof import("@/test/create-test-connection").createTestConnection;
  createZap: typeof import("@/lib/zaps/create-zap").createZap;
  publishZap: typeof import("@/lib/zaps/publish-zap").publishZap;
  testZap: typeof import("@/lib/zaps/test-zap").testZap;
  testZapStep: typeof import("@/lib/zaps/test-zap-step").testZapStep;
  getRun: typeof import("@/lib/runs/get-run").getRun;
};

beforeAll(async () => {
  stripe = await startStripeStandIn({ accounts: [{ id: "acct_FilterSteps00001", displayName: "Filter shop", keys: [{ secret: STRIPE_KEY }] }] });
  customerio = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ STRIPE_API_BASE: stripe.url, CUSTOMERIO_TRACK_URL: customerio.trackUrl, CUSTOMERIO_APP_URL: customerio.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createTestConnection: (await import("@/test/create-test-connection")).createTestConnection,
    createZap: (await import("@/lib/zaps/create-zap")).createZap,
    publishZap: (await import("@/lib/zaps/publish-zap")).publishZap,
    testZap: (await import("@/lib/zaps/test-zap")).testZap,
    testZapStep: (await import("@/lib/zaps/test-zap-step")).testZapStep,
    getRun: (await import("@/lib/runs/get-run")).getRun,
  };
});
beforeEach(() => {
  stripe.reset();
  customerio.reset();
});
afterAll(async () => {
  await Promise.all([stripe.close(), customerio.close()]);
});

/** The customer's successful payments, in cents. */
function seedPayments(amounts: number[]) {
  stripe.seed({
    customers: [{ id: CUSTOMER, email: "jenny@example.com" }],
    charges: amounts.map((amount, index) => ({
      customer: CUSTOMER,
      amount,
      amount_captured: amount,
      amount_refunded: 0,
      captured: true,
      status: "succeeded" as const,
      currency: "usd",
      created: 1_764_633_600 + index * 86_400,
    })),
  });
}

const OVER_100_DOLLARS: Filter = {
  groups: [{ rules: [{ field: "steps.totals.main_currency_total_spent | amount:steps.totals.main_currency", operator: "greater_than", value: "100" }] }],
};

/** Payment succeeded → Customer payment totals → filter → Create or update person, published. */
async function totalsZap({ filter = OVER_100_DOLLARS, topFilter = null }: { filter?: Filter | null; topFilter?: Filter | null } = {}) {
  const user = await lib.db.user.create({ data: { email: `filter-steps-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripeConnection = await lib.createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: STRIPE_KEY, webhookSigningSecret: "whsec_filter_steps_0001" },
    config: {
      accountId: "acct_FilterSteps00001",
      accountName: "Filter shop",
      livemode: false,
      keyLast4: STRIPE_KEY.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: "0001" },
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
      attributes: [{ key: "total_spent", value: "{{steps.totals.main_currency_total_spent | amount:steps.totals.main_currency}}" }],
    },
  };
  const steps: ZapStep[] = filter ? [totals, { id: "big_spenders", kind: "filter", filter }, person] : [totals, person];
  const definition = {
    trigger: { app: "stripe" as const, key: "payment_succeeded", connectionId: stripeConnection.id, options: {} },
    filter: topFilter,
    steps,
  };
  const zap = await lib.createZap({ userId: user.id, input: { name: "Big spenders", definition } });
  const published = await lib.publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`the zap does not publish: ${JSON.stringify(published.problems)}`);
  return { userId: user.id, zapId: zap.id, stripeId: stripeConnection.id };
}

async function runFor(zap: { userId: string; stripeId: string }) {
  const event = { ...(chargeSucceeded as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` };
  const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  const outcome = await lib.executeRun({ runId, isLastAttempt: false });
  const run = await lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
  return { runId, outcome, run };
}

describe("a filter after a lookup", () => {
  it("stops a run below the threshold as Filtered, with the reason, and records its verdict as step 3", async () => {
    seedPayments([5000, 3000]);
    const zap = await totalsZap();
    const { runId, outcome, run } = await runFor(zap);
    expect(outcome).toEqual({ outcome: "filtered" });
    expect(run).toMatchObject({ status: "FILTERED", error: "Filtered at step 3: Total spent (main currency) 80 is not greater than 100" });
    expect(run.steps.map((step) => [step.stepIndex, step.app, step.status])).toEqual([
      [0, "stripe", "SUCCEEDED"],
      [1, "filter", "SKIPPED"],
    ]);
    expect(run.steps[1]?.output).toMatchObject({
      passed: false,
      rules: [{ label: "Total spent (main currency)", operator: "greater_than", value: "100", actual: 80, passed: false }],
    });
    expect(customerio.requests).toHaveLength(0);

    const shown = await lib.getRun({ userId: zap.userId, runId });
    expect(shown?.steps.map((step) => [step.actionName, step.status])).toEqual([
      ["Customer payment totals", "SUCCEEDED"],
      ["Only continue if…", "SKIPPED"],
    ]);

    // The reason and the rule's label are kept as messages: a viewer reading Portuguese gets them in Portuguese.
    const inPortuguese = await lib.getRun({ userId: zap.userId, runId, locale: "pt-BR" });
    const label = "Total gasto (moeda principal)";
    expect(inPortuguese?.error).toBe(`Filtrada na etapa 3: ${label} 80 não é maior que 100`);
    expect(inPortuguese?.steps[1]?.output).toMatchObject({ reason: `${label} 80 não é maior que 100`, rules: [{ label, passed: false }] });
  });

  it("lets a run above the threshold through to the next step", async () => {
    seedPayments([5000, 3500, 2200]);
    const zap = await totalsZap();
    const { outcome, run } = await runFor(zap);
    expect(outcome).toEqual({ outcome: "succeeded" });
    expect(run.steps.map((step) => [step.app, step.status])).toEqual([
      ["stripe", "SUCCEEDED"],
      ["filter", "SUCCEEDED"],
      ["customerio", "SUCCEEDED"],
    ]);
    expect(run.steps[1]?.output).toMatchObject({ passed: true, reason: null });
    expect(customerio.store(WORKSPACE.siteId).people.get(CUSTOMER)).toMatchObject({ total_spent: 107 });
  });

  it("an old zap's filter after the trigger still stops the run as before (no reason, no step)", async () => {
    seedPayments([5000, 3500, 2200]);
    const old = await totalsZap({ filter: null, topFilter: { groups: [{ rules: [{ field: "trigger.amount", operator: "greater_than", value: "100000" }] }] } });
    const { outcome, run } = await runFor(old);
    expect(outcome).toEqual({ outcome: "filtered" });
    expect(run).toMatchObject({ status: "FILTERED", error: null });
    expect(run.steps).toEqual([]);
  });
});

describe("the builder's tests respect filters between steps", () => {
  it("Test the whole zap stops at the filter with its reason, or goes through it", async () => {
    seedPayments([5000, 3000]);
    const zap = await totalsZap();
    const below = await lib.testZap({ userId: zap.userId, zapId: zap.zapId });
    expect(below).toMatchObject({ ok: true, outcome: "filtered", message: "Filtered at step 3: Total spent (main currency) 80 is not greater than 100" });
    expect(below.ok && below.steps.map((step) => [step.detail.actionName, step.detail.status])).toEqual([
      ["Customer payment totals", "SUCCEEDED"],
      ["Only continue if…", "SKIPPED"],
    ]);

    stripe.reset();
    seedPayments([5000, 3500, 2200]);
    const above = await lib.testZap({ userId: zap.userId, zapId: zap.zapId });
    expect(above).toMatchObject({ ok: true, outcome: "succeeded" });
    expect(above.ok && above.steps.map((step) => step.detail.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
    expect(customerio.requests).toHaveLength(0);
  });

  it("a step after a filter the sample fails is still tested, and says the run would stop before it", async () => {
    seedPayments([5000, 3000]);
    const zap = await totalsZap();
    const lookup = await lib.testZapStep({ userId: zap.userId, zapId: zap.zapId, stepId: "totals", mode: "send" });
    expect(lookup).toMatchObject({ ok: true, output: { main_currency_total_spent: 8000 } });
    const person = await lib.testZapStep({ userId: zap.userId, zapId: zap.zapId, stepId: "person", mode: "dry_run" });
    expect(person).toMatchObject({
      ok: true,
      warnings: [
        "With this sample, a run stops at the filter in step 3 (Total spent (main currency) 80 is not greater than 100), so it would not reach this step.",
      ],
    });
    expect(await lib.testZapStep({ userId: zap.userId, zapId: zap.zapId, stepId: "big_spenders", mode: "dry_run" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Test the whole zap"),
    });
  });
});
