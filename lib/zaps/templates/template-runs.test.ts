// Templates opened as a new user with one Stripe and one Customer.io connection would open them,
// published and run on Stripe's sample events, with lookups answered by the Stripe stand-in and the
// steps' calls received by the Customer.io stand-in. The dispute template reaches the disputed
// charge's customer (or, for a payment made without one, its billing email); amounts and totals
// arrive as JSON numbers.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import disputeCreated from "@/lib/catalog/stripe/samples/charge.dispute.created.json";
import chargeSucceeded from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

const WORKSPACE = { siteId: "site-dispute", trackApiKey: "track-key-dispute" };
const event = disputeCreated as unknown as Stripe.Event;
const dispute = event.data.object as Stripe.Dispute;
const chargeId = dispute.charge as string;

let customerio: CustomerioStandIn;
let stripe: StripeTestbed;
let lib: {
  db: typeof import("@/lib/db").db;
  createTestConnection: typeof import("@/test/create-test-connection").createTestConnection;
  createZap: typeof import("@/lib/zaps/create-zap").createZap;
  publishZap: typeof import("@/lib/zaps/publish-zap").publishZap;
  starterDefinition: typeof import("@/lib/zaps/starter-definition").starterDefinition;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
};

beforeAll(async () => {
  customerio = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  stripe = await startStripeTestbed();
  reloadWithEnv({ STRIPE_API_BASE: stripe.standIn.url, CUSTOMERIO_TRACK_URL: customerio.trackUrl, CUSTOMERIO_APP_URL: customerio.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    createTestConnection: (await import("@/test/create-test-connection")).createTestConnection,
    createZap: (await import("@/lib/zaps/create-zap")).createZap,
    publishZap: (await import("@/lib/zaps/publish-zap")).publishZap,
    starterDefinition: (await import("@/lib/zaps/starter-definition")).starterDefinition,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
  };
});
beforeEach(() => {
  customerio.reset();
  stripe.standIn.reset();
});
afterAll(async () => {
  await customerio.close();
  await stripe.standIn.close();
});

/** A user with one connection of each app, the template published as the wizard opens it, and a run of the event. */
async function runTemplateZap({ template, trigger }: { template: string; trigger: Stripe.Event }): Promise<string> {
  const user = await lib.db.user.create({ data: { email: `dispute-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const stripeConnection = await lib.createTestConnection({
    userId: user.id,
    app: "stripe",
    secrets: { secretKey: TEST_KEYS.secret, webhookSigningSecret: "whsec_test_dispute" },
    config: {
      accountId: "acct_1MoRdlLgUG5tbmjc",
      accountName: "Rocket Rides",
      livemode: false,
      keyLast4: "0001",
      webhook: { mode: "manual", signingSecretLast4: "pute" },
    },
  });
  await lib.createTestConnection({
    userId: user.id,
    app: "customerio",
    secrets: { trackApiKey: WORKSPACE.trackApiKey },
    config: { siteId: WORKSPACE.siteId, region: "us", environmentId: null, trackKeyLast4: "pute", appKeyLast4: null },
  });
  const connections = await lib.db.connection.findMany({ where: { userId: user.id }, select: { id: true, app: true, status: true } });
  const starter = lib.starterDefinition({ template, connections });
  if ("error" in starter) throw new Error(JSON.stringify(starter.error));
  const zap = await lib.createZap({ userId: user.id, input: { name: starter.name, definition: starter.definition } });
  const published = await lib.publishZap({ userId: user.id, zapId: zap.id, verifyConnections: false });
  expect(published).toMatchObject({ ok: true });
  const recorded = await lib.recordStripeEvent({
    connection: { id: stripeConnection.id, userId: user.id },
    event: { ...trigger, id: `evt_${randomUUID().replaceAll("-", "")}` },
  });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error(`the ${trigger.type} event started no run`);
  return runId;
}

const runDisputeZap = () => runTemplateZap({ template: "dispute-created", trigger: event });

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });

describe("dispute-created template", () => {
  it("identifies the disputed charge's customer, with the amount as a number", async () => {
    stripe.standIn.seed({
      charges: [
        {
          id: chargeId,
          customer: "cus_Disputer",
          amount: dispute.amount,
          currency: dispute.currency,
          billing_details: { email: "jenny@example.com", name: "Jenny Rosen" },
        },
      ],
    });
    const runId = await runDisputeZap();
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect((await loadRun(runId)).steps.map((step) => [step.action, step.status])).toEqual([
      ["get_charge", "SUCCEEDED"],
      ["identify_person", "SUCCEEDED"],
      ["track_event", "SUCCEEDED"],
    ]);
    expect(stripe.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /v1/charges/${chargeId}`]);

    const store = customerio.store(WORKSPACE.siteId);
    expect(store.people.get("cus_Disputer")).toMatchObject({
      email: "jenny@example.com",
      name: "Jenny Rosen",
      last_dispute_reason: "fraudulent",
      last_dispute_at: dispute.created,
    });
    expect(store.events).toEqual([expect.objectContaining({ customerId: "cus_Disputer", name: "dispute_created" })]);
    const data = store.events[0]?.data ?? {};
    // JSON numbers on the wire, not "10.00": Customer.io segments compare them as numbers.
    expect(data).toMatchObject({
      amount: dispute.amount / 100,
      currency: "USD",
      reason: "fraudulent",
      evidence_due_by: dispute.evidence_details?.due_by,
      charge_id: chargeId,
    });
    expect(typeof data.amount).toBe("number");
    const sent = customerio.requests.find((request) => request.method === "POST" && request.path.includes("/events"));
    expect((sent?.body as { data?: { amount?: unknown } }).data?.amount).toBe(10);
  });

  it("identifies a payment made without a customer by the charge's billing email", async () => {
    stripe.standIn.seed({ charges: [{ id: chargeId, customer: null, billing_details: { email: "guest@example.com", name: "Guest Buyer" } }] });
    const runId = await runDisputeZap();
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    const store = customerio.store(WORKSPACE.siteId);
    expect(store.people.get("guest@example.com")).toMatchObject({ email: "guest@example.com", name: "Guest Buyer" });
    expect(store.events).toEqual([expect.objectContaining({ customerId: "guest@example.com", name: "dispute_created" })]);
  });

  it("fails saying which mapped fields the charge lacks when it has neither a customer nor an email", async () => {
    stripe.standIn.seed({ charges: [{ id: chargeId, customer: null, receipt_email: null, billing_details: { email: null } }] });
    const runId = await runDisputeZap();
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "failed" });
    const run = await loadRun(runId);
    // Which number the step gets (the trigger counts as step 1 or not) is the run page's business.
    expect(run.error).toMatch(/^Step \d failed: /);
    expect(run.error?.replace(/^Step \d failed: /, "")).toBe(
      "Person ID or email is empty: Customer ID (steps.charge.customer) and Billing email (steps.charge.billing_details.email) have no value in this event.",
    );
    expect(run.steps.map((step) => [step.action, step.status])).toEqual([
      ["get_charge", "SUCCEEDED"],
      ["identify_person", "FAILED"],
    ]);
    expect(customerio.requests).toHaveLength(0);
  });

  it("stops quietly (Filtered, with the reason) when the disputed charge does not exist", async () => {
    const runId = await runDisputeZap();
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "filtered" });
    const run = await loadRun(runId);
    expect(run.error).toBe(`Stopped at step 2: No Stripe charge has the ID ${chargeId}; the step is set to stop the run.`);
    expect(run.steps.map((step) => [step.action, step.status])).toEqual([["get_charge", "SKIPPED"]]);
    expect(customerio.requests).toHaveLength(0);
  });
});

describe("payment-totals template", () => {
  const payment = chargeSucceeded as unknown as Stripe.Event;
  const charge = payment.data.object as Stripe.Charge;
  const customer = charge.customer as string;

  it("stores the last payment and the customer's totals on the person as numbers, with their email", async () => {
    const paid = (id: string, amount: number) => ({
      id,
      customer,
      amount,
      amount_captured: amount,
      captured: true,
      paid: true,
      status: "succeeded" as const,
      currency: "usd",
      refunded: false,
      amount_refunded: 0,
    });
    stripe.standIn.seed({ customers: [{ id: customer, email: "jenny@example.com" }] });
    stripe.standIn.seed({ charges: [paid("ch_Totals1", 1000), paid("ch_Totals2", 4700), paid("ch_Totals3", 5000)] });
    const runId = await runTemplateZap({ template: "payment-totals", trigger: payment });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });

    const identify = customerio.requests.find((request) => request.method === "PUT" && request.path.includes("/customers/"));
    expect(identify?.body).toMatchObject({
      email: "jenny@example.com",
      last_payment_amount: charge.amount / 100,
      total_spent: 107,
      total_spent_currency: "USD",
      payment_count: 3,
    });
    const body = identify?.body as Record<string, unknown>;
    expect([typeof body.total_spent, typeof body.payment_count, typeof body.last_payment_amount]).toEqual(["number", "number", "number"]);
  });
});
