// A lookup that finds nothing, end to end against real PostgreSQL, the Stripe stand-in (real SDK) and
// the Customer.io stand-in: set to stop (the default), the run ends Filtered with the reason and the
// lookup's step reads "Stopped the run", nothing sent; set to continue, the next step runs with the
// lookup's values empty. Stripe's 404 and a reference the event has no value for count the same.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import chargeSucceeded from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";

const WORKSPACE = { siteId: "site-lookup-not-found", trackApiKey: "track-key-lookup-not-found-42", appApiKey: "app-key-lookup-not-found-42" };
const STRIPE_KEY = "sk_test_51LookupNotFoundConduitSecretKey001";
// The charge of the charge.succeeded sample, which the stand-in is never given.
const CHARGE = "ch_1PgafuB7WZ01zgkWXYmPNZs8";
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
  getRun: typeof import("@/lib/runs/get-run").getRun;
};

beforeAll(async () => {
  stripe = await startStripeStandIn({ accounts: [{ id: "acct_LookupNotFound01", displayName: "Lookup shop", keys: [{ secret: STRIPE_KEY }] }] });
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

/** Payment succeeded → `lookup` (step id "lookup") → Create or update person (by the billing email) with `attributes`, published. */
async function lookupZap({ lookup, attributes }: { lookup: Pick<StepConfig, "key" | "inputs">; attributes: { key: string; value: string }[] }) {
  const user = await lib.db.user.create({ data: { email: `lookup-not-found-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripeConnection = await lib.createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: STRIPE_KEY, webhookSigningSecret: "whsec_lookup_not_found_01" },
    config: {
      accountId: "acct_LookupNotFound01",
      accountName: "Lookup shop",
      livemode: false,
      keyLast4: STRIPE_KEY.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: "t_01" },
    },
  });
  const cio = await lib.createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: WORKSPACE.trackApiKey },
    config: { siteId: WORKSPACE.siteId, region: "us", environmentId: null, trackKeyLast4: WORKSPACE.trackApiKey.slice(-4), appKeyLast4: null },
  });
  const definition = {
    trigger: { app: "stripe" as const, key: "payment_succeeded", connectionId: stripeConnection.id, options: {} },
    filter: null,
    steps: [
      { id: "lookup", app: "stripe", connectionId: stripeConnection.id, ...lookup },
      { id: "person", app: "customerio", key: "identify_person", connectionId: cio.id, inputs: { personId: "{{trigger.billing_details.email}}", attributes } },
    ],
  };
  const zap = await lib.createZap({ userId: user.id, input: { name: "Lookup zap", definition } });
  const published = await lib.publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`the zap does not publish: ${JSON.stringify(published.problems)}`);
  return { userId: user.id, zapId: zap.id, stripeId: stripeConnection.id };
}

/** A charge.succeeded event (a guest's payment, without a customer, when `guest`), run once by the worker. */
async function runFor(zap: { userId: string; stripeId: string }, { guest = false }: { guest?: boolean } = {}) {
  const sample = chargeSucceeded as unknown as Stripe.ChargeSucceededEvent;
  const event = {
    ...sample,
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    data: { ...sample.data, object: { ...sample.data.object, customer: guest ? null : sample.data.object.customer } },
  } as Stripe.Event;
  const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  const outcome = await lib.executeRun({ runId, isLastAttempt: false });
  const run = await lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
  return { runId, outcome, run };
}

const getCharge = (ifNotFound?: "stop" | "continue") => ({ key: "get_charge", inputs: { chargeId: "{{trigger.id}}", ...(ifNotFound ? { ifNotFound } : {}) } });
const paymentTotals = (ifNotFound?: "stop" | "continue") => ({
  key: "customer_payment_totals",
  inputs: { customerId: "{{trigger.customer}}", ...(ifNotFound ? { ifNotFound } : {}) },
});

describe("a charge Stripe does not have (its 404)", () => {
  it("stops the run by default: Filtered with the reason, the lookup's step skipped with it, nothing sent", async () => {
    const zap = await lookupZap({ lookup: getCharge(), attributes: [{ key: "receipt", value: "{{steps.lookup.receipt_url}}" }] });
    const { runId, outcome, run } = await runFor(zap);
    const reason = `No Stripe charge has the ID ${CHARGE}; the step is set to stop the run.`;
    expect(outcome).toEqual({ outcome: "filtered" });
    expect(run).toMatchObject({ status: "FILTERED", error: `Stopped at step 2: ${reason}` });
    expect(run.steps.map((step) => [step.stepIndex, step.app, step.status, step.error])).toEqual([[0, "stripe", "SKIPPED", reason]]);
    expect(stripe.requests.map((request) => [request.path, request.status])).toEqual([[`/v1/charges/${CHARGE}`, 404]]);
    expect(customerio.requests).toHaveLength(0);

    const shown = await lib.getRun({ userId: zap.userId, runId });
    expect(shown?.steps.map((step) => [step.actionName, step.status, step.error])).toEqual([["Get charge", "SKIPPED", reason]]);

    // "Test the whole zap" tells it the same way.
    const tested = await lib.testZap({ userId: zap.userId, zapId: zap.zapId });
    expect(tested).toMatchObject({ ok: true, outcome: "filtered" });
    expect(tested.ok && tested.steps.map((step) => [step.detail.actionName, step.detail.status, step.detail.error])).toEqual([
      ["Get charge", "SKIPPED", reason],
    ]);
  });

  it("set to continue, runs the next step with the lookup's values empty and Found false", async () => {
    const zap = await lookupZap({
      lookup: getCharge("continue"),
      attributes: [
        { key: "charge_found", value: "{{steps.lookup.found}}" },
        { key: "receipt", value: "{{steps.lookup.receipt_url}}" },
      ],
    });
    const { outcome, run } = await runFor(zap);
    expect(outcome).toEqual({ outcome: "succeeded" });
    expect(run).toMatchObject({ status: "SUCCEEDED", error: null });
    expect(run.steps.map((step) => [step.app, step.status])).toEqual([
      ["stripe", "SUCCEEDED"],
      ["customerio", "SUCCEEDED"],
    ]);
    expect(run.steps[0]?.output).toEqual({ found: false });
    expect(run.steps[1]?.input).toMatchObject({ personId: "jenny@example.com", attributes: { charge_found: false, receipt: null } });
    expect(customerio.store(WORKSPACE.siteId).people.get("jenny@example.com")).toMatchObject({ charge_found: false });
  });
});

describe("a customer the event has no value for (a guest's payment)", () => {
  it("stops Customer payment totals by default without calling Stripe, and says which mapping was empty", async () => {
    const zap = await lookupZap({ lookup: paymentTotals(), attributes: [{ key: "total_spent", value: "{{steps.lookup.main_currency_total_spent}}" }] });
    const { outcome, run } = await runFor(zap, { guest: true });
    expect(outcome).toEqual({ outcome: "filtered" });
    expect(run.status).toBe("FILTERED");
    expect(run.error).toMatch(
      /^Stopped at step 2: Customer ID is empty: .+ \(trigger\.customer\) has no value in this event, so there was nothing to look up; the step is set to stop the run\.$/,
    );
    expect(run.steps.map((step) => [step.app, step.status])).toEqual([["stripe", "SKIPPED"]]);
    expect(stripe.requests).toHaveLength(0);
    expect(customerio.requests).toHaveLength(0);
  });

  it("set to continue, runs the next step with empty totals", async () => {
    const zap = await lookupZap({
      lookup: paymentTotals("continue"),
      attributes: [
        { key: "has_customer", value: "{{steps.lookup.found}}" },
        { key: "total_spent", value: "{{steps.lookup.main_currency_total_spent}}" },
      ],
    });
    const { outcome, run } = await runFor(zap, { guest: true });
    expect(outcome).toEqual({ outcome: "succeeded" });
    expect(run.steps.map((step) => [step.app, step.status])).toEqual([
      ["stripe", "SUCCEEDED"],
      ["customerio", "SUCCEEDED"],
    ]);
    expect(run.steps[0]?.output).toMatchObject({ found: false, customer_id: null, main_currency_total_spent: null, successful_payments: null });
    expect(run.steps[1]?.input).toMatchObject({ attributes: { has_customer: false, total_spent: null } });
    expect(stripe.requests).toHaveLength(0);
  });

  it("tells the Stripe connection's circuit breaker nothing, since Stripe was not called", async () => {
    const { recordCircuitResult } = await import("@/lib/queue/record-circuit-result");
    const { readCircuits } = await import("@/lib/queue/read-circuits");
    const zap = await lookupZap({ lookup: paymentTotals("continue"), attributes: [{ key: "has_customer", value: "{{steps.lookup.found}}" }] });
    // Stripe failed 4 times in a row (the threshold is 5); a guest's run must not count as Stripe answering.
    for (let failure = 0; failure < 4; failure += 1) await recordCircuitResult({ connectionId: zap.stripeId, result: "transient", token: "other-run" });
    expect((await runFor(zap, { guest: true })).outcome).toEqual({ outcome: "succeeded" });
    expect(await recordCircuitResult({ connectionId: zap.stripeId, result: "transient", token: "other-run" })).toBe("opened");
    expect((await readCircuits({ connectionIds: [zap.stripeId] })).has(zap.stripeId)).toBe(true);
  });

  it("a customer the event has but Stripe does not know is nothing found too, after asking Stripe", async () => {
    const zap = await lookupZap({ lookup: paymentTotals("continue"), attributes: [{ key: "has_customer", value: "{{steps.lookup.found}}" }] });
    const { outcome, run } = await runFor(zap);
    expect(outcome).toEqual({ outcome: "succeeded" });
    expect(run.steps[0]?.output).toMatchObject({ found: false });
    expect(stripe.requests.map((request) => request.status)).toContain(400);
  });
});
