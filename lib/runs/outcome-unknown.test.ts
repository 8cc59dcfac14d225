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
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  resolveUnknownStep: typeof import("@/lib/runs/resolve-unknown-step").resolveUnknownStep;
  getRun: typeof import("@/lib/runs/get-run").getRun;
  notifyRunFailed: typeof import("@/lib/notifications/notify-run-failed").notifyRunFailed;
  sweepRuns: typeof import("@/lib/runs/sweep-runs").sweepRuns;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  markRunAfterError: typeof import("@/lib/runs/mark-run-after-error").markRunAfterError;
  giveUpWaitingRun: typeof import("@/lib/runs/give-up-waiting-run").giveUpWaitingRun;
  replayRun: typeof import("@/lib/runs/replay-run").replayRun;
  replayFailedRuns: typeof import("@/lib/runs/replay-failed-runs").replayFailedRuns;
  recordCircuitResult: typeof import("@/lib/queue/record-circuit-result").recordCircuitResult;
  readCircuits: typeof import("@/lib/queue/read-circuits").readCircuits;
  env: typeof import("@/lib/env").env;
  runRetrySchedule: typeof import("@/lib/queue/run-retry-schedule").runRetrySchedule;
  circuitKeys: typeof import("@/lib/queue/circuit-keys").circuitKeys;
  redis: typeof import("@/lib/redis").redis;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({ CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    resolveUnknownStep: (await import("@/lib/runs/resolve-unknown-step")).resolveUnknownStep,
    getRun: (await import("@/lib/runs/get-run")).getRun,
    notifyRunFailed: (await import("@/lib/notifications/notify-run-failed")).notifyRunFailed,
    sweepRuns: (await import("@/lib/runs/sweep-runs")).sweepRuns,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    markRunAfterError: (await import("@/lib/runs/mark-run-after-error")).markRunAfterError,
    giveUpWaitingRun: (await import("@/lib/runs/give-up-waiting-run")).giveUpWaitingRun,
    replayRun: (await import("@/lib/runs/replay-run")).replayRun,
    replayFailedRuns: (await import("@/lib/runs/replay-failed-runs")).replayFailedRuns,
    recordCircuitResult: (await import("@/lib/queue/record-circuit-result")).recordCircuitResult,
    readCircuits: (await import("@/lib/queue/read-circuits")).readCircuits,
    env: (await import("@/lib/env")).env,
    runRetrySchedule: (await import("@/lib/queue/run-retry-schedule")).runRetrySchedule,
    circuitKeys: (await import("@/lib/queue/circuit-keys")).circuitKeys,
    redis: (await import("@/lib/redis")).redis,
  };
});
beforeEach(() => standIn.reset());
afterAll(async () => {
  await lib?.runsQueue().close();
  await lib?.redis().quit();
  await standIn.close();
});

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

async function queuedRun(steps = emailThenEvent): Promise<{ runId: string; userId: string; zapId: string; connectionId: string }> {
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps });
  return { runId: await newRun(zap), userId: zap.userId, zapId: zap.zapId, connectionId: zap.customerioId };
}

/** Another run of the same zap, for a new event. */
async function newRun(zap: { stripeId: string; userId: string }): Promise<string> {
  const recorded = await lib.recordStripeEvent({
    connection: { id: zap.stripeId, userId: zap.userId },
    event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` },
  });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  return runId;
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
    expect(attempt?.calls).toEqual([
      expect.objectContaining({ stepNumber: 2, status: "UNKNOWN", exchanges: [{ request: expect.objectContaining({ method: "POST" }), response: null }] }),
    ]);

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
    expect(run.steps[0]).toMatchObject({
      status: "UNKNOWN",
      startedAt: sentAt,
      error: expect.stringContaining("The worker stopped while sending this request"),
    });

    const detail = await lib.getRun({ userId, runId });
    expect(detail?.attemptLog.map((attempt) => [attempt.number, attempt.outcome])).toEqual([
      [1, "interrupted"],
      [2, "needs_attention"],
    ]);
    expect(detail?.error).toBe(
      "Step 2: outcome unknown. The worker stopped while sending this request, before Customer.io answered; Customer.io may or may not have received it. Check, then mark it as sent or send it again.",
    );

    // Stored as message keys, the same errors read in the viewer's language.
    const inPortuguese = await lib.getRun({ userId, runId, locale: "pt-BR" });
    const interrupted = "O worker parou enquanto enviava esta requisição, antes de o Customer.io responder; o Customer.io pode ou não tê-la recebido.";
    expect(inPortuguese?.error).toBe(`Etapa 2: resultado desconhecido. ${interrupted} Confira e depois marque como enviada ou envie de novo.`);
    expect(inPortuguese?.steps[0]?.error).toBe(interrupted);
    expect(inPortuguese?.attemptLog[0]?.calls[0]?.error).toBe(interrupted);
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
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "send_again" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("dealt with already"),
    });
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
    expect(await lib.resolveUnknownStep({ userId: stranger.userId, runId, stepIndex: 0, decision: "mark_sent" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("does not exist"),
    });
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 1, decision: "mark_sent" })).toMatchObject({ ok: false });
    expect((await loadRun(runId)).status).toBe("NEEDS_ATTENTION");
  });
});

/** Step 1 tracks an event (idempotent); step 2 sends a receipt (not idempotent). */
const eventThenEmail = (customerioId: string): StepConfig[] => [...emailThenEvent(customerioId)].reverse();

/** Makes the run's lease look run out, as if its worker had stalled past RUN_LEASE_MS. */
const expireLease = (runId: string) => lib.db.run.update({ where: { id: runId }, data: { lockedUntil: new Date(Date.now() - 1_000) } });

/** What a worker killed between marking a send and its answer leaves behind (attempt 1). */
async function interruptedSend(runId: string, { runStatus }: { runStatus: "RUNNING" | "QUEUED" }): Promise<void> {
  const sentAt = new Date(Date.now() - 60_000);
  await lib.db.run.update({
    where: { id: runId },
    data: {
      status: runStatus,
      attempts: 1,
      startedAt: sentAt,
      ...(runStatus === "RUNNING" ? { lockedBy: "killed-worker", lockedUntil: new Date(Date.now() - 1_000) } : {}),
    },
  });
  await lib.db.runStep.create({
    data: {
      runId,
      stepIndex: 0,
      app: "customerio",
      action: "send_transactional_email",
      status: "RUNNING",
      input: {},
      startedAt: sentAt,
      history: [{ attempt: 1, status: "RUNNING", startedAt: sentAt.toISOString(), exchanges: [] }],
    },
  });
}

describe("two workers and one send (a lease that ran out)", () => {
  it("a worker that stalled past its lease does not send an email the worker that took over sent", async () => {
    const { runId } = await queuedRun(eventThenEmail);
    // Worker A's Track call (step 2) is answered only once worker B has done the whole run.
    standIn.failNext({ hold: "after", path: /\/events$/ });
    const stalled = lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-a", leaseMs: 60_000 });
    await expect.poll(() => standIn.requests.length).toBe(1);
    await expireLease(runId);
    expect(await lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-b", leaseMs: 60_000 })).toEqual({ outcome: "succeeded" });
    expect(emails()).toBe(1);

    standIn.release();
    expect(await stalled).toEqual({ outcome: "skipped" });
    expect(emailRequests()).toBe(1);
    expect(emails()).toBe(1);
    const run = await loadRun(runId);
    expect(run.status).toBe("SUCCEEDED");
    expect(run.steps.map((step) => step.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
  });

  it("a late answer to the worker that lost its lease does not overwrite the outcome the next worker recorded", async () => {
    const { runId, userId } = await queuedRun();
    standIn.failNext({ hold: "after", path: "/v1/send/email" });
    const stalled = lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-a", leaseMs: 60_000 });
    await expect.poll(() => emailRequests()).toBe(1);
    await expireLease(runId);
    // Worker B finds the step being sent, with no answer: its outcome is unknown.
    expect(await lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-b", leaseMs: 60_000 })).toEqual({ outcome: "needs_attention" });

    standIn.release();
    expect(await stalled).toEqual({ outcome: "skipped" });
    const run = await loadRun(runId);
    expect(run.status).toBe("NEEDS_ATTENTION");
    expect(run.steps.map((step) => step.status)).toEqual(["UNKNOWN"]);
    expect(standIn.requests.filter((request) => request.path.endsWith("/events"))).toHaveLength(0);
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "mark_sent" })).toEqual({ ok: true });
  });

  it("a run waiting for its owner with no step whose outcome is unknown goes on, from its page or a button", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    // What a late answer recorded before the fix above: the step done, the run still waiting.
    await lib.db.runStep.updateMany({ where: { runId, stepIndex: 0 }, data: { status: "SUCCEEDED" } });
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "mark_sent" })).toEqual({ ok: true });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(emailRequests()).toBe(1);

    const other = await runWithLostEmailReply();
    await lib.db.runStep.updateMany({ where: { runId: other.runId, stepIndex: 0 }, data: { status: "SUCCEEDED" } });
    expect((await lib.getRun({ userId: other.userId, runId: other.runId }))?.status).toBe("QUEUED");
  });
});

describe("after Send again or Mark as sent", () => {
  it("the rest of the run gets its whole retry schedule again, counted from the owner's answer", async () => {
    const { runId, userId } = await runWithLostEmailReply();
    const schedule = lib.runRetrySchedule();
    // An old run that had used every attempt of its schedule, long ago.
    await lib.db.run.update({ where: { id: runId }, data: { attempts: schedule.length + 1, startedAt: new Date(Date.now() - 30 * 24 * 3_600_000) } });
    expect(await lib.resolveUnknownStep({ userId, runId, stepIndex: 0, decision: "mark_sent" })).toEqual({ ok: true });
    standIn.failNext({ status: 503, path: /\/events$/ });
    const outcome = await lib.executeRun({ runId, isLastAttempt: false });
    expect(outcome).toMatchObject({ outcome: "retry" });
    // The first retry of the new window: the schedule's first delay (with its jitter).
    const [first] = schedule;
    expect(outcome.outcome === "retry" ? outcome.delayMs : 0).toBeLessThanOrEqual((first ?? 0) * 1.2);
    expect(await loadRun(runId)).toMatchObject({ status: "QUEUED", attempts: schedule.length + 2, retryWindowAttempts: schedule.length + 1 });
    // The run page counts the attempts of the new window.
    expect((await lib.getRun({ userId, runId }))?.waiting).toMatchObject({ nextAttempt: 2, maxAttempts: schedule.length + 1 });
  });
});

describe("a run that ends while a send is under way", () => {
  it("given up by the sweeper after its worker was killed, it waits for its owner instead of failing", async () => {
    const { runId } = await queuedRun();
    await interruptedSend(runId, { runStatus: "RUNNING" });
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), maxAttempts: 1 })).toMatchObject({ timedOut: 1 });
    const run = await loadRun(runId);
    expect(run).toMatchObject({ status: "NEEDS_ATTENTION", lockedBy: null, error: expect.stringContaining("Step 2: outcome unknown") });
    expect(run.steps[0]).toMatchObject({ status: "UNKNOWN", error: expect.stringContaining("The worker stopped while sending") });
    expect(emailRequests()).toBe(0);
  });

  it("a last attempt that crashed during the send, or a run that waited out an outage, waits for its owner", async () => {
    const crashed = await queuedRun();
    await interruptedSend(crashed.runId, { runStatus: "RUNNING" });
    await lib.db.run.update({ where: { id: crashed.runId }, data: { lockedBy: "worker-a" } });
    expect(await lib.markRunAfterError({ runId: crashed.runId, workerId: "worker-a", error: new Error("database gone"), isLastAttempt: true })).toBe(
      "NEEDS_ATTENTION",
    );
    expect((await loadRun(crashed.runId)).steps[0]?.status).toBe("UNKNOWN");

    const waited = await queuedRun();
    await interruptedSend(waited.runId, { runStatus: "QUEUED" });
    expect(await lib.giveUpWaitingRun({ runId: waited.runId, error: { text: "Customer.io was unreachable for 23 h; gave up." } })).toBe(true);
    const run = await loadRun(waited.runId);
    expect(run).toMatchObject({ status: "NEEDS_ATTENTION", waitingOnConnectionId: null });
    expect(run.steps[0]?.status).toBe("UNKNOWN");
  });

  it("met by an open breaker past its schedule's time, the step is not left being sent", async () => {
    const { runId, connectionId } = await queuedRun();
    await interruptedSend(runId, { runStatus: "QUEUED" });
    await lib.db.run.update({ where: { id: runId }, data: { startedAt: new Date(Date.now() - 30 * 24 * 3_600_000) } });
    for (let failure = 0; failure < lib.env().CIRCUIT_BREAKER_THRESHOLD; failure += 1)
      await lib.recordCircuitResult({ connectionId, result: "transient", token: `other-${failure}` });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "needs_attention" });
    const run = await loadRun(runId);
    expect(run.status).toBe("NEEDS_ATTENTION");
    expect(run.steps[0]?.status).toBe("UNKNOWN");
    expect(emailRequests()).toBe(0);
  });

  it("a failed run with a step whose outcome is unknown is not replayed, alone or with the zap's failed runs", async () => {
    const { runId, userId, zapId } = await queuedRun();
    await interruptedSend(runId, { runStatus: "QUEUED" });
    await lib.db.run.update({ where: { id: runId }, data: { status: "FAILED", finishedAt: new Date() } });
    for (const mode of ["from_failed_step", "current_version"] as const) {
      expect(await lib.replayRun({ userId, runId, mode })).toMatchObject({ ok: false, message: expect.stringContaining("may or may not have taken effect") });
    }
    expect(await lib.replayFailedRuns({ userId, zapId, mode: "from_failed_step" })).toEqual({ ok: true, count: 0, more: false });
    expect((await lib.getRun({ userId, runId }))?.canReplay).toEqual({ fromFailedStep: false, currentVersion: false });
    expect(await lib.db.run.count({ where: { replayOfId: runId } })).toBe(0);
  });
});

describe("Customer.io's answers and the connection's breaker", () => {
  it("a 500 to a transactional email may have come after it was sent: its outcome is unknown; a Track call is retried", async () => {
    const { runId } = await queuedRun();
    standIn.failNext({ status: 500, path: "/v1/send/email" });
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "needs_attention" });
    expect((await loadRun(runId)).steps[0]).toMatchObject({ status: "UNKNOWN", error: expect.stringContaining("HTTP 500") });

    const track = await queuedRun(eventThenEmail);
    standIn.failNext({ status: 502, path: /\/events$/ });
    expect(await lib.executeRun({ runId: track.runId, isLastAttempt: false })).toMatchObject({ outcome: "retry" });
  });

  it("lost replies to transactional emails count towards opening the breaker, and a probe Customer.io refuses closes it", async () => {
    const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps: emailThenEvent });
    const threshold = lib.env().CIRCUIT_BREAKER_THRESHOLD;
    standIn.failNext({ drop: "after", path: "/v1/send/email", times: threshold });
    for (let run = 0; run < threshold; run += 1) {
      expect(await lib.executeRun({ runId: await newRun(zap), isLastAttempt: false })).toEqual({ outcome: "needs_attention" });
    }
    expect((await lib.readCircuits({ connectionIds: [zap.customerioId] })).has(zap.customerioId)).toBe(true);

    // The probe (made due at once) gets a 400: Customer.io answers, so the connection is available again.
    await lib.redis().hset(lib.circuitKeys({ connectionId: zap.customerioId }).state, "probeAt", "0");
    standIn.failNext({ status: 400, body: { meta: { error: "message not found" } }, path: "/v1/send/email" });
    expect(await lib.executeRun({ runId: await newRun(zap), isLastAttempt: false })).toEqual({ outcome: "failed" });
    expect((await lib.readCircuits({ connectionIds: [zap.customerioId] })).has(zap.customerioId)).toBe(false);
  });
});
