// Delivery when the worker goes away mid-run, with real worker processes, PostgreSQL, Redis and the
// Customer.io stand-in: killed (SIGKILL) while a step is in flight, another worker completes the run
// and Customer.io stores the event once; stopped (SIGTERM), the worker first finishes its run.
// Short leases (RUN_LEASE_MS) make a dead worker's run available again within seconds. This file has
// its own database and Redis prefix: its workers and sweepers see only its runs.
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

const WORKSPACE = { siteId: "site-crash", trackApiKey: "track-key-crash" };
const READY = '"message":"worker ready"';
const EVENTS_PATH = /^\/api\/v1\/customers\/[^/]+\/events$/;
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
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_crash_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-crash`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    // Long enough that a worker slowed down by a busy machine keeps its lease, short enough for a quick takeover.
    RUN_LEASE_MS: "3000",
    RUN_SWEEP_INTERVAL_MS: "300",
    RUN_RETRY_BASE_MS: "50",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    enqueueRuns: (await import("@/lib/queue/enqueue-runs")).enqueueRuns,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
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

/** A zap that identifies the customer, then tracks an event for them. */
function identifyAndTrackZap() {
  return lib.createPublishedZap({
    customerio: WORKSPACE,
    steps: (customerioId): StepConfig[] => [
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: customerioId,
        inputs: { personId: "{{trigger.customer}}", attributes: [{ key: "plan", value: "gone" }] },
      },
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: customerioId,
        inputs: { personId: "{{steps.person.personId}}", name: "subscription_canceled" },
      },
    ],
  });
}

/** `count` queued runs of the zap, each for another customer. */
async function queuedRuns(zap: Awaited<ReturnType<typeof identifyAndTrackZap>>, count: number): Promise<{ runId: string; customer: string }[]> {
  const runs: { runId: string; customer: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const customer = `cus_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
    const event = canceledSubscriptionEvent({ customer });
    const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
    const [runId] = recorded.runIds;
    if (!runId) throw new Error("no run was created");
    runs.push({ runId, customer });
  }
  expect(await lib.enqueueRuns({ runIds: runs.map((run) => run.runId) })).toBe(true);
  return runs;
}

async function queuedRun(): Promise<{ runId: string; customer: string }> {
  const [run] = await queuedRuns(await identifyAndTrackZap(), 1);
  if (!run) throw new Error("no run was created");
  return run;
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
const requestsFor = (customer: string, method: string) =>
  standIn.requests.filter((request) => request.method === method && request.path.startsWith(`/api/v1/customers/${customer}`));
const storedEventsFor = (customer: string) => standIn.store(WORKSPACE.siteId).events.filter((event) => event.customerId === customer);

describe("a worker interrupted mid-run", () => {
  it("killed while a step is in flight: another worker completes the run, and Customer.io stores the event once", async () => {
    const { runId, customer } = await queuedRun();
    // Customer.io stores the event and the reply never reaches the first worker.
    standIn.failNext({ hold: "after", method: "POST", path: EVENTS_PATH });
    const first = startWorker();
    await expect.poll(() => storedEventsFor(customer).length, { timeout: 30_000 }).toBe(1);
    expect(await loadRun(runId)).toMatchObject({ status: "RUNNING", lockedBy: expect.stringContaining(`:${first.child.pid}:`) });

    first.child.kill("SIGKILL");
    await first.exited;
    const second = startWorker();
    await second.waitFor(READY);
    await expect.poll(async () => (await loadRun(runId)).status, { timeout: 30_000 }).toBe("SUCCEEDED");

    const run = await loadRun(runId);
    expect(run).toMatchObject({ lockedBy: null, lockedUntil: null, error: null });
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    expect(run.steps.map((step) => [step.action, step.status])).toEqual([
      ["identify_person", "SUCCEEDED"],
      ["track_event", "SUCCEEDED"],
    ]);
    // The step that had succeeded is not repeated; the interrupted one is, with the same event id.
    expect(requestsFor(customer, "PUT")).toHaveLength(1);
    const deliveries = requestsFor(customer, "POST");
    expect(deliveries.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(deliveries.map((request) => (request.body as { id?: unknown }).id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(storedEventsFor(customer)).toHaveLength(1);
    expect(storedEventsFor(customer)[0]?.id).toBe([...ids][0]);
  });

  it("killed while a batch of runs is in flight: another worker completes every run, and nothing is stored twice", async () => {
    const runs = await queuedRuns(await identifyAndTrackZap(), 30);
    // Ten events are stored at Customer.io and their replies never reach the first worker.
    standIn.failNext({ hold: "after", method: "POST", path: EVENTS_PATH, times: 10 });
    const first = startWorker();
    await expect.poll(() => standIn.requests.filter((request) => request.method === "POST").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = startWorker();
    await second.waitFor(READY);
    for (const { runId } of runs) await expect.poll(async () => (await loadRun(runId)).status, { timeout: 30_000 }).toBe("SUCCEEDED");
    for (const { runId, customer } of runs) {
      const run = await loadRun(runId);
      expect(run.steps.map((step) => step.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
      // Each event reached Customer.io (maybe twice, with the same id) and is stored once.
      expect(storedEventsFor(customer)).toHaveLength(1);
      expect(new Set(requestsFor(customer, "POST").map((request) => (request.body as { id?: unknown }).id)).size).toBe(1);
    }
    // The runs the first worker was holding were taken over: more than one attempt each.
    expect((await Promise.all(runs.map(({ runId }) => loadRun(runId)))).filter((run) => run.attempts > 1).length).toBeGreaterThanOrEqual(10);
  });

  it("stopped with SIGTERM while a step is in flight: the worker finishes the run, then exits", async () => {
    const { runId, customer } = await queuedRun();
    standIn.failNext({ hold: "before", method: "POST", path: EVENTS_PATH });
    const worker = startWorker();
    await worker.waitFor(READY);
    await expect.poll(() => requestsFor(customer, "POST").length, { timeout: 30_000 }).toBe(1);

    worker.child.kill("SIGTERM");
    await worker.waitFor('"message":"worker stopping"');
    // The call cannot have been answered yet, so the worker cannot have finished.
    expect(worker.child.exitCode).toBeNull();
    expect(storedEventsFor(customer)).toHaveLength(0);
    standIn.release();
    const [code] = await worker.exited;
    expect(code).toBe(0);
    expect(worker.output()).toContain('"message":"worker stopped"');

    expect(await loadRun(runId)).toMatchObject({ status: "SUCCEEDED", lockedBy: null, attempts: 1 });
    expect(requestsFor(customer, "POST")).toHaveLength(1);
    expect(storedEventsFor(customer)).toHaveLength(1);
  });
});
