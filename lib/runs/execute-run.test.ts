// executeRun against real PostgreSQL and the real customerio-node SDK pointed at the stand-in.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { Filter } from "@/lib/filters/schema";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "site-exec", trackApiKey: "track-key-exec", appApiKey: "app-key-exec" };
let standIn: CustomerioStandIn;
// Loaded after the environment points Customer.io at the stand-in (lib/env.ts reads it once).
let lib: {
  db: typeof import("@/lib/db").db;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
  };
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const event = subscriptionDeleted as unknown as Stripe.Event;
const customerId = (event.data.object as Stripe.Subscription).customer as string;

const personAndEvent = (customerioId: string): StepConfig[] => [
  {
    id: "person",
    app: "customerio",
    key: "identify_person",
    connectionId: customerioId,
    inputs: { personId: "{{trigger.customer}}", attributes: [{ key: "subscription_status", value: "{{trigger.status}}" }] },
  },
  {
    id: "event",
    app: "customerio",
    key: "track_event",
    connectionId: customerioId,
    inputs: {
      personId: "{{steps.person.personId}}",
      name: "subscription_canceled",
      data: [{ key: "reason", value: "{{trigger.cancellation_details.reason}}" }],
    },
  },
];

async function queuedRun({
  steps = personAndEvent,
  filter = null,
}: { steps?: (customerioId: string) => StepConfig[]; filter?: Filter | null } = {}): Promise<string> {
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps, filter });
  const recorded = await lib.recordStripeEvent({
    connection: { id: zap.stripeId, userId: zap.userId },
    event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` },
  });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  return runId;
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
const calls = (method: string, pathPart: string) => standIn.requests.filter((request) => request.method === method && request.path.includes(pathPart));

describe("executeRun", () => {
  it("runs each step in order, feeding one step's output to the next, and records them", async () => {
    const runId = await queuedRun();
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    const run = await loadRun(runId);
    expect(run).toMatchObject({ status: "SUCCEEDED", attempts: 1, error: null });
    expect(run.finishedAt).not.toBeNull();
    expect(run.steps.map((step) => [step.action, step.status])).toEqual([
      ["identify_person", "SUCCEEDED"],
      ["track_event", "SUCCEEDED"],
    ]);
    expect(run.steps[0]?.input).toMatchObject({ personId: customerId, attributes: { subscription_status: "canceled" } });
    expect(standIn.store(WORKSPACE.siteId).people.get(customerId)).toMatchObject({ subscription_status: "canceled" });
    const [tracked] = standIn.store(WORKSPACE.siteId).events;
    expect(tracked).toMatchObject({ customerId, name: "subscription_canceled", id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/) });
  });

  it("stops a run whose filter does not pass, without calling Customer.io", async () => {
    const runId = await queuedRun({ filter: { groups: [{ rules: [{ field: "trigger.status", operator: "equals", value: "active" }] }] } });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "filtered" });
    expect(await loadRun(runId)).toMatchObject({ status: "FILTERED", steps: [] });
    expect(standIn.requests).toHaveLength(0);
  });

  it("leaves a transient failure to be retried, and the retry resumes at the failed step", async () => {
    const runId = await queuedRun({
      steps: (customerioId) => [
        ...personAndEvent(customerioId).slice(0, 1),
        {
          id: "receipt",
          app: "customerio",
          key: "send_transactional_email",
          connectionId: customerioId,
          inputs: { transactionalMessageId: "7", to: "{{trigger.customer}}@example.com", identifierType: "id", identifier: "{{steps.person.personId}}" },
        },
      ],
    });
    standIn.failNext({ status: 503, api: "track" });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toMatchObject({ outcome: "retry", message: expect.stringContaining("Step 2 failed") });
    expect(await loadRun(runId)).toMatchObject({ status: "QUEUED", error: expect.stringContaining("Step 2 failed"), nextAttemptAt: expect.any(Date) });

    // 503: Customer.io refused the email, so it is retried (a 500 might come after it was sent).
    standIn.failNext({ status: 503, api: "app" });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toMatchObject({ outcome: "retry", message: expect.stringContaining("Step 3 failed") });
    expect(calls("PUT", "/customers/")).toHaveLength(2);

    standIn.requests.length = 0;
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(calls("PUT", "/customers/")).toHaveLength(0);
    expect(calls("POST", "/send/email")).toHaveLength(1);
    expect(await loadRun(runId)).toMatchObject({ status: "SUCCEEDED", attempts: 3 });
    const log = await lib.db.runAttempt.findMany({ where: { runId }, orderBy: { number: "asc" } });
    expect(log.map(({ number, outcome, stepIndex }) => ({ number, outcome, stepIndex }))).toEqual([
      { number: 1, outcome: "retry", stepIndex: 0 },
      { number: 2, outcome: "retry", stepIndex: 1 },
      { number: 3, outcome: "succeeded", stepIndex: null },
    ]);
    expect(log[0]?.error).toMatch(/^Step 2 failed: /);
    expect(log.every((entry) => entry.finishedAt >= entry.startedAt)).toBe(true);
  });

  it("fails at once on a permanent error, with Customer.io's message", async () => {
    const runId = await queuedRun({
      steps: (customerioId) =>
        personAndEvent(customerioId).map((step) => (step.id === "person" ? { ...step, inputs: { ...step.inputs, personId: "x".repeat(151) } } : step)),
    });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "failed" });
    const run = await loadRun(runId);
    expect(run.status).toBe("FAILED");
    expect(run.error).toMatch(/^Step 2 failed: /);
    expect(run.steps[0]).toMatchObject({ status: "FAILED", error: expect.stringMatching(/150 bytes/) });
    expect(standIn.requests).toHaveLength(0);
  });

  it("fails a transient failure on the last attempt", async () => {
    const runId = await queuedRun();
    standIn.failNext({ status: 500, times: 1, api: "track" });
    expect(await lib.executeRun({ runId, isLastAttempt: true })).toEqual({ outcome: "failed" });
    expect(await loadRun(runId)).toMatchObject({ status: "FAILED", error: expect.stringContaining("Gave up after the last retry") });
  });

  it("fails a run whose filter cannot be evaluated, instead of leaving it running", async () => {
    const runId = await queuedRun();
    const { zapVersionId } = await lib.db.run.findUniqueOrThrow({ where: { id: runId }, select: { zapVersionId: true } });
    if (!zapVersionId) throw new Error("the run has no zap version");
    const version = await lib.db.zapVersion.findUniqueOrThrow({ where: { id: zapVersionId } });
    const broken = {
      ...(version.definition as object),
      filter: { groups: [{ rules: [{ field: "trigger.status", operator: "equals", value: "{{ unclosed" }] }] },
    };
    await lib.db.zapVersion.update({ where: { id: zapVersionId }, data: { definition: broken } });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "failed" });
    expect(await loadRun(runId)).toMatchObject({ status: "FAILED", error: expect.stringContaining("filter cannot be evaluated") });
    expect(standIn.requests).toHaveLength(0);
  });

  it("does nothing for a run that already finished", async () => {
    const runId = await queuedRun();
    await lib.executeRun({ runId, isLastAttempt: false });
    standIn.requests.length = 0;
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "skipped" });
    expect(standIn.requests).toHaveLength(0);
  });
});
