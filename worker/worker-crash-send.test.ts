// A worker killed (SIGKILL) while Customer.io holds its answer, with real worker processes,
// PostgreSQL, Redis and the Customer.io stand-in. A transactional email (not safe to repeat) that
// Customer.io accepted is not sent again by the worker that takes over: the step ends "Outcome
// unknown" and the run waits for its owner. A Track event (idempotent by its id) is retried and the
// run succeeds, without repeating the email sent before it. Short leases (RUN_LEASE_MS) make the
// dead worker's run available again within seconds. This file has its own database and Redis prefix.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StepConfig } from "@/lib/zaps/schema";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { canceledSubscriptionEvent } from "@/test/canceled-subscription-event";
import { createScratchDatabase } from "@/test/scratch-database";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startWorkerProcess, type WorkerProcess } from "@/test/start-worker-process";

const WORKSPACE = { siteId: "site-crash-send", trackApiKey: "track-key-crash-send", appApiKey: "app-key-crash-send" };
const READY = '"message":"worker ready"';
const SEND_EMAIL_PATH = "/v1/send/email";
const EVENTS_PATH = /^\/api\/v1\/customers\/[^/]+\/events$/;
// Two worker processes start in each test; on a busy machine each start takes several seconds.
const TEST_TIMEOUT_MS = 120_000;
let standIn: CustomerioStandIn;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
const workers: WorkerProcess[] = [];
// Loaded once the environment names this file's database (lib/env.ts and lib/db.ts read it once).
let lib: {
  db: typeof import("@/lib/db").db;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  enqueueRuns: typeof import("@/lib/queue/enqueue-runs").enqueueRuns;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  getRun: typeof import("@/lib/runs/get-run").getRun;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_crash_send_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-crash-send`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    // Long enough that a worker slowed down by a busy machine keeps its lease, short enough for a quick takeover.
    RUN_LEASE_MS: "3000",
    RUN_SWEEP_INTERVAL_MS: "300",
    RUN_RETRY_SCHEDULE: "100ms,200ms,400ms,800ms,1600ms",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    enqueueRuns: (await import("@/lib/queue/enqueue-runs")).enqueueRuns,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    getRun: (await import("@/lib/runs/get-run")).getRun,
  };
});

beforeEach(() => standIn.reset());

afterEach(async () => {
  for (const worker of workers.splice(0)) {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) continue;
    worker.child.kill("SIGKILL");
    await worker.exited;
  }
});

afterAll(async () => {
  await lib?.runsQueue().close();
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
});

function startWorker(): WorkerProcess {
  const worker = startWorkerProcess({ env: { ...process.env } });
  workers.push(worker);
  return worker;
}

const sendEmail = (customerioId: string, to: string): StepConfig => ({
  id: "receipt",
  app: "customerio",
  key: "send_transactional_email",
  connectionId: customerioId,
  inputs: { transactionalMessageId: "3", to, identifierType: "email", identifier: to },
});
const trackEvent = (customerioId: string): StepConfig => ({
  id: "event",
  app: "customerio",
  key: "track_event",
  connectionId: customerioId,
  inputs: { personId: "{{trigger.customer}}", name: "receipt_sent" },
});

/** A queued run, for a new customer, of a zap whose steps `steps` builds. */
async function queuedRun(steps: (customerioId: string, to: string) => StepConfig[]): Promise<{ runId: string; userId: string; customer: string; to: string }> {
  const to = `crash-${randomUUID()}@example.com`;
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps: (customerioId) => steps(customerioId, to) });
  const customer = `cus_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
  const event = canceledSubscriptionEvent({ customer });
  const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
  const [runId] = recorded.runIds;
  if (!runId) throw new Error("no run was created");
  expect(await lib.enqueueRuns({ runIds: [runId] })).toBe(true);
  return { runId, userId: zap.userId, customer, to };
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
/** The BullMQ job's state and what it returned: "completed" means no attempt of it is left to come. */
const jobResult = async (runId: string) => {
  const job = await lib.runsQueue().getJob(runId);
  return job ? { state: await job.getState(), returned: job.returnvalue as unknown } : undefined;
};
const emailRequests = () => standIn.requests.filter((request) => request.method === "POST" && request.path === SEND_EMAIL_PATH);
const emailsTo = (to: string) => standIn.store(WORKSPACE.siteId).deliveries.filter((delivery) => delivery.message.to === to);
const eventRequestsFor = (customer: string) =>
  standIn.requests.filter((request) => request.method === "POST" && request.path === `/api/v1/customers/${customer}/events`);
const storedEventsFor = (customer: string) => standIn.store(WORKSPACE.siteId).events.filter((event) => event.customerId === customer);

/** Kills `worker` mid-call (the run still held by it) and starts the one that takes over. */
async function killAndReplace(worker: WorkerProcess, runId: string): Promise<void> {
  expect(await loadRun(runId)).toMatchObject({ status: "RUNNING", lockedBy: expect.stringContaining(`:${worker.child.pid}:`) });
  worker.child.kill("SIGKILL");
  await worker.exited;
  await startWorker().waitFor(READY);
}

describe("a worker killed (SIGKILL) while Customer.io holds its answer", () => {
  it(
    "during a transactional email: exactly one email, the step's outcome unknown, the run waits for its owner, nothing sent after the takeover",
    async () => {
      const { runId, userId, to } = await queuedRun((customerioId, address) => [sendEmail(customerioId, address)]);
      // Customer.io accepts the email; its answer never reaches the first worker.
      standIn.failNext({ hold: "after", method: "POST", path: SEND_EMAIL_PATH });
      const first = startWorker();
      await expect.poll(() => emailsTo(to).length, { timeout: 30_000 }).toBe(1);
      // Marked as being sent before the call, so the next worker knows it may have gone out.
      expect((await loadRun(runId)).steps.map((step) => [step.action, step.status])).toEqual([["send_transactional_email", "RUNNING"]]);

      await killAndReplace(first, runId);
      await expect.poll(async () => (await loadRun(runId)).status, { timeout: 30_000 }).toBe("NEEDS_ATTENTION");
      // The job is done: no attempt of this run is left that could send it again.
      await expect.poll(() => jobResult(runId), { timeout: 30_000 }).toEqual({ state: "completed", returned: "needs_attention" });

      expect(emailRequests()).toHaveLength(1);
      expect(emailsTo(to)).toHaveLength(1);
      const run = await loadRun(runId);
      expect(run).toMatchObject({ lockedBy: null, lockedUntil: null, failedPermanently: false, error: expect.stringContaining("outcome unknown") });
      expect(run.finishedAt).not.toBeNull();
      expect(run.steps).toHaveLength(1);
      expect(run.steps[0]).toMatchObject({ status: "UNKNOWN", error: expect.stringContaining("The worker stopped while sending this request") });
      // The run page tells the killed attempt from the one that found the send unsettled.
      const detail = await lib.getRun({ userId, runId });
      expect(detail?.attemptLog.map((attempt) => [attempt.number, attempt.outcome])).toEqual([
        [1, "interrupted"],
        [2, "needs_attention"],
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "during a Track event after an email: the event is retried with the same id and stored once, the email is not sent again, the run succeeds",
    async () => {
      const { runId, customer, to } = await queuedRun((customerioId, address) => [sendEmail(customerioId, address), trackEvent(customerioId)]);
      // Customer.io stores the event; its answer never reaches the first worker.
      standIn.failNext({ hold: "after", method: "POST", path: EVENTS_PATH });
      const first = startWorker();
      await expect.poll(() => storedEventsFor(customer).length, { timeout: 30_000 }).toBe(1);

      await killAndReplace(first, runId);
      await expect.poll(async () => (await loadRun(runId)).status, { timeout: 30_000 }).toBe("SUCCEEDED");
      await expect.poll(() => jobResult(runId), { timeout: 30_000 }).toEqual({ state: "completed", returned: "succeeded" });

      const run = await loadRun(runId);
      expect(run).toMatchObject({ lockedBy: null, lockedUntil: null, error: null });
      expect(run.attempts).toBeGreaterThanOrEqual(2);
      expect(run.steps.map((step) => [step.action, step.status])).toEqual([
        ["send_transactional_email", "SUCCEEDED"],
        ["track_event", "SUCCEEDED"],
      ]);
      expect(emailRequests()).toHaveLength(1);
      expect(emailsTo(to)).toHaveLength(1);
      const deliveries = eventRequestsFor(customer);
      expect(deliveries.length).toBeGreaterThanOrEqual(2);
      const ids = new Set(deliveries.map((request) => (request.body as { id?: unknown }).id));
      expect(ids.size).toBe(1);
      expect(storedEventsFor(customer)).toHaveLength(1);
      expect(storedEventsFor(customer)[0]?.id).toBe([...ids][0]);
    },
    TEST_TIMEOUT_MS,
  );
});
