// Effects that happen once: a step that must not be repeated unasked (Send transactional email) whose
// answer was lost, or whose worker was killed mid-send, is not sent again; the run waits for its owner
// (Mark as sent / Send again). An idempotent step in the same situation is retried. Real PostgreSQL,
// Redis and the customerio-node SDK against the Customer.io stand-in.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "site-once", trackApiKey: "track-key-once", appApiKey: "app-key-once" };
let standIn: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  recordStripeEvent: typeof import("@/lib/events/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  resolveUnknownStep: typeof import("@/lib/runs/resolve-unknown-step").resolveUnknownStep;
  getRun: typeof import("@/lib/runs/get-run").getRun;
  notifyRunFailed: typeof import("@/lib/notifications/notify-run-failed").notifyRunFailed;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    recordStripeEvent: (await import("@/lib/events/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    resolveUnknownStep: (await import("@/lib/runs/resolve-unknown-step")).resolveUnknownStep,
    getRun: (await import("@/lib/runs/get-run")).getRun,
    notifyRunFailed: (await import("@/lib/notifications/notify-run-failed")).notifyRunFailed,
  };
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const event = subscriptionDeleted as unknown as Stripe.Event;

/** Step 1 sends a receipt (not idempotent); step 2 tracks an event (idempotent). */
const emailThenEvent = (customerioId: string): StepConfig[] => [
  {
    id: "receipt",
    app: "customerio",
    key: "send_transactional_email",
    connectionId: customerioId,
    inputs: { transactionalMessageId: "3", to: "jenny.rosen@example.com", identifierType: "email", identifier: "jenny.rosen@example.com" },
  },
  { id: "event", app: "customerio", key: "track_event", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}", name: "receipt_sent" } },
];

async function queuedRun(): Promise<{ runId: string; userId: string }> {
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps: emailThenEvent });
  const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` } });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  return { runId, userId: zap.userId };
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
const emails = () => standIn.store(WORKSPACE.siteId).deliveries.length;
const emailRequests = () => standIn.requests.filter((request) => request.path === "/v1/send/email").length;

/** A run whose email went out and whose answer was lost: it waits for its owner. */
async function runWithLostEmailReply(): Promise<{ runId: string; userId: string }> {
  const run = await queuedRun();
  standIn.failNext({ drop: "after", path: "/v1/send/email" });
  expect(await lib.executeRun({ runId: run.runId, isLastAttempt: false })).toEqual({ outcome: "needs_attention" });
  return run;
}

describe("a step whose outcome is unknown", () => {
  it("a lost reply on a transactional email: one email, the step's outcome unknown, no retry, the owner told", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    expect(emails()).toBe(1);
    const run = await loadRun(runId);
    expect(run).toMatchObject({ status: "NEEDS_ATTENTION", failedPermanently: false, error: expect.stringContaining("Step 2: outcome unknown") });
    expect(run.finishedAt).not.toBeNull();
    expect(run.steps.map((step) => step.status)).toEqual(["UNKNOWN"]);
    expect(run.steps[0]?.error).toContain("may or may not have received the request");

    // Nothing runs it again by itself: a second delivery of the job finds the run ended.
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "skipped" });
    expect(emailRequests()).toBe(1);
    expect(emails()).toBe(1);

    const detail = await lib.getRun({ userId, runId });
    expect(detail?.canReplay).toEqual({ fromFailedStep: false, currentVersion: false });
    expect(detail?.steps[0]).toMatchObject({ status: "UNKNOWN", effect: "sent this email", confirmedAt: null });
    const [attempt] = detail?.attemptLog ?? [];
    // Step 1 is the trigger: the zap's first action is step 2.
    expect(attempt).toMatchObject({ number: 1, outcome: "needs_attention", stepNumber: 2 });
    expect(attempt?.calls).toEqual([expect.objectContaining({ stepNumber: 2, status: "UNKNOWN", exchanges: [{ request: expect.objectContaining({ method: "POST" }), response: null }] })]);

    expect(await lib.notifyRunFailed({ runId, throttleMs: 1 })).not.toBe("skipped");
    expect((await loadRun(runId)).notifiedAt).not.toBeNull();
  });

  it("a worker killed during the send: the next attempt does not send it, and ends the step as outcome unknown", async () => {
    const { runId, userId } = await queuedRun();
    // What a worker leaves behind when it is killed between marking the step as being sent and the answer.
    const sentAt = new Date(Date.now() - 60_000);
    await lib.db.run.update({ where: { id: runId }, data: { attempts: 1, startedAt: sentAt } });
    await lib.db.runStep.create({
      data: {
        runId,
        stepIndex: 0,
        app: "customerio",
        action: "send_transactional_email",
        status: "RUNNING",
        input: { to: "jenny.rosen@example.com" },
        startedAt: sentAt,
        history: [{ attempt: 1, status: "RUNNING", startedAt: sentAt.toISOString(), exchanges: [] }],
      },
    });

    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "needs_attention" });
    expect(emailRequests()).toBe(0);
    const run = await loadRun(runId);
    expect(run.status).toBe("NEEDS_ATTENTION");
    expect(run.steps[0]).toMatchObject({ status: "UNKNOWN", startedAt: sentAt, error: expect.stringContaining("The worker stopped while sending this request") });

    const detail = await lib.getRun({ userId, runId });
    expect(detail?.attemptLog.map((attempt) => [attempt.number, attempt.outcome])).toEqual([
      [1, "interrupted"],
      [2, "needs_attention"],
    ]);
  });

  it("an idempotent Track call whose reply was lost is retried, and Customer.io stores it once", async () => {
    const { runId } = await queuedRun();
    standIn.failNext({ drop: "after", path: /\/events$/ });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toMatchObject({ outcome: "retry" });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(emails()).toBe(1);
    expect(standIn.requests.filter((request) => request.path.endsWith("/events"))).toHaveLength(2);
    expect(standIn.store(WORKSPACE.siteId).events).toHaveLength(1);

    // Each attempt keeps its own request and answer (or the lack of one).
    const run = await loadRun(runId);
    const history = run.steps[1]?.history as { attempt: number; status: string; exchanges: { request: unknown; response?: { status: number | null } }[] }[];
    expect(history.map((entry) => [entry.attempt, entry.status, entry.exchanges.length, entry.exchanges[0]?.response !== undefined])).toEqual([
      [1, "FAILED", 1, false],
      [2, "SUCCEEDED", 1, true],
    ]);
    // The email step was not called again by the second attempt.
    expect((run.steps[0]?.history as unknown[]).length).toBe(1);
  });

  it("Mark as sent: the step reads succeeded, confirmed by the owner, and the run goes on without sending the email again", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    const answers = await Promise.all([
      lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "mark_sent" }),
      lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "mark_sent" }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "send_again" })).toMatchObject({ ok: false, message: expect.stringContaining("dealt with already") });
    expect(await loadRun(runId)).toMatchObject({ status: "QUEUED", finishedAt: null, notifiedAt: null });

    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(emailRequests()).toBe(1);
    expect(emails()).toBe(1);
    const run = await loadRun(runId);
    expect(run.steps.map((step) => step.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(run.steps[0]?.confirmedAt).not.toBeNull();
    expect(standIn.store(WORKSPACE.siteId).events).toHaveLength(1);
  });

  it("Send again: the email is sent once more, then the run goes on; a double submit sends it once", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    const answers = await Promise.all([
      lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "send_again" }),
      lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "send_again" }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "skipped" });
    expect(emails()).toBe(2);
    const run = await loadRun(runId);
    expect(run.steps.map((step) => step.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(run.steps[0]?.confirmedAt).toBeNull();
    const history = run.steps[0]?.history as { attempt: number; status: string }[];
    expect(history.map((entry) => [entry.attempt, entry.status])).toEqual([
      [1, "UNKNOWN"],
      [2, "SUCCEEDED"],
    ]);
  });

  it("only the run's owner can resolve it, and only a step whose outcome is unknown", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    const stranger = await lib.createPublishedZap({ customerio: WORKSPACE, steps: emailThenEvent });
    expect(await lib.resolveUnknownStep({ userId: stranger.userId, runId, stepIndex: 0, decision: "mark_sent" })).toMatchObject({ ok: false, message: expect.stringContaining("does not exist") });
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 1, decision: "mark_sent" })).toMatchObject({ ok: false });
    expect((await loadRun(runId)).status).toBe("NEEDS_ATTENTION");
  });
});
