// Customer.io outages with real worker processes, PostgreSQL, Redis and the Customer.io stand-in: the
// connection's circuit breaker opens after CIRCUIT_BREAKER_THRESHOLD transient failures, its runs wait
// without using attempts while one probe at a time checks it, and once it answers every run completes
// exactly once. A short RUN_RETRY_SCHEDULE compresses hours into seconds. This file has its own
// database and Redis prefix: its workers and sweepers see only its runs.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { canceledSubscriptionEvent } from "@/test/canceled-subscription-event";
import { createScratchDatabase } from "@/test/scratch-database";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startWorkerProcess, type WorkerProcess } from "@/test/start-worker-process";

const WORKSPACE = { siteId: "site-outage", trackApiKey: "track-key-outage" };
const READY = '"message":"worker ready"';
const EVENTS_PATH = /^\/api\/v1\/customers\/[^/]+\/events$/;
const THRESHOLD = 3;
// 9.3 s in all: the outages below are shorter, so no run may give up.
const SCHEDULE = "300ms,600ms,1200ms,2400ms,4800ms";
let standIn: CustomerioStandIn;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
const workers: WorkerProcess[] = [];
let lib: {
  db: typeof import("@/lib/db").db;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  enqueueRuns: typeof import("@/lib/queue/enqueue-runs").enqueueRuns;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  readCircuits: typeof import("@/lib/queue/read-circuits").readCircuits;
  redis: typeof import("@/lib/redis").redis;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_outage_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  // The test process enqueues with the same schedule (attempts) as the workers use.
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-outage`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    RUN_RETRY_SCHEDULE: SCHEDULE,
    CIRCUIT_BREAKER_THRESHOLD: String(THRESHOLD),
    CIRCUIT_BREAKER_PROBE_MS: "100",
    RUN_SWEEP_INTERVAL_MS: "1000",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    enqueueRuns: (await import("@/lib/queue/enqueue-runs")).enqueueRuns,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    readCircuits: (await import("@/lib/queue/read-circuits")).readCircuits,
    redis: (await import("@/lib/redis")).redis,
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
  await lib?.redis().quit();
  await standIn?.close();
  await database?.drop();
});

async function startWorkers(count: number): Promise<void> {
  const started = Array.from({ length: count }, () => startWorkerProcess({ env: { ...process.env } }));
  workers.push(...started);
  await Promise.all(started.map((worker) => worker.waitFor(READY)));
}

/** A zap that tracks an event for the customer, and `count` queued runs of it, one customer each. */
async function queuedRuns(count: number): Promise<{ connectionId: string; zapId: string; runs: { runId: string; customer: string }[] }> {
  const zap = await lib.createPublishedZap({
    customerio: WORKSPACE,
    steps: (customerioId) => [
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: customerioId,
        inputs: { personId: "{{trigger.customer}}", name: "subscription_canceled" },
      },
    ],
  });
  const runs = [];
  for (let index = 0; index < count; index += 1) {
    const customer = `cus_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
    const event = canceledSubscriptionEvent({ customer });
    const recorded = await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event });
    const [runId] = recorded.runIds;
    if (!runId) throw new Error("no run was created");
    runs.push({ runId, customer });
  }
  return { connectionId: zap.customerioId, zapId: zap.zapId, runs };
}

const enqueue = async (runs: { runId: string }[]) => expect(await lib.enqueueRuns({ runIds: runs.map((run) => run.runId) })).toBe(true);
const loadRuns = (runs: { runId: string }[]) => lib.db.run.findMany({ where: { id: { in: runs.map((run) => run.runId) } }, include: { attemptLog: true } });
const waitingCount = async (runs: { runId: string }[], connectionId: string) =>
  (await loadRuns(runs)).filter((run) => run.status === "QUEUED" && run.waitingOnConnectionId === connectionId).length;
const statuses = async (runs: { runId: string }[]) => (await loadRuns(runs)).map((run) => run.status);
const deliveriesFor = (customer: string) =>
  standIn.requests.filter((request) => request.method === "POST" && request.path === `/api/v1/customers/${customer}/events`);
const storedEventsFor = (customer: string) => standIn.store(WORKSPACE.siteId).events.filter((event) => event.customerId === customer);
const jobStarts = async (runIds: string[]) => {
  let total = 0;
  for (const runId of runIds) total += (await lib.runsQueue().getJob(runId))?.attemptsStarted ?? 0;
  return total;
};

describe("a Customer.io outage", () => {
  it("opens the breaker, parks the later runs without attempts, probes once at a time across workers, and completes every run once", async () => {
    const { connectionId, runs } = await queuedRuns(10);
    standIn.failNext({ status: 503, until: new Date(Date.now() + 600_000), api: "track" });
    await startWorkers(2);
    const [first, later] = [runs.slice(0, THRESHOLD), runs.slice(THRESHOLD)];
    await enqueue(first);
    await expect.poll(async () => (await lib.readCircuits({ connectionIds: [connectionId] })).has(connectionId), { timeout: 30_000 }).toBe(true);
    await enqueue(later);
    await expect.poll(() => waitingCount(runs, connectionId), { timeout: 30_000 }).toBe(runs.length);

    // Runs that met the open breaker wait without using attempts, the probes among them too (the
    // first runs had theirs). A run may be in the middle of a probe, claimed: only waiting ones count.
    const isLater = (run: { id: string }) => later.some((candidate) => candidate.runId === run.id);
    const parked = await loadRuns(runs);
    expect(parked.filter((run) => isLater(run) && run.status === "QUEUED").every((run) => run.attempts === 0)).toBe(true);
    expect(parked.filter(isLater).flatMap((run) => run.attemptLog)).toEqual([]);
    expect(parked.flatMap((run) => run.attemptLog).every((attempt) => attempt.outcome === "retry")).toBe(true);

    // Customer.io comes back, but the first call's answer is held: while that probe is in flight the
    // waiting runs look again and again, and none of them calls.
    standIn.reset();
    standIn.failNext({ hold: "after", api: "track" });
    await expect.poll(() => standIn.requests.length, { timeout: 30_000 }).toBe(1);
    const others = runs.filter((run) => !deliveriesFor(run.customer).length).map((run) => run.runId);
    const before = await jobStarts(others);
    await expect.poll(() => jobStarts(others), { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2 * others.length);
    expect(standIn.requests).toHaveLength(1);

    standIn.release();
    await expect.poll(() => statuses(runs), { timeout: 30_000 }).toEqual(runs.map(() => "SUCCEEDED"));
    for (const { customer } of runs) {
      expect(deliveriesFor(customer)).toHaveLength(1);
      expect(storedEventsFor(customer)).toHaveLength(1);
    }
    const done = await loadRuns(runs);
    expect(done.every((run) => run.waitingOnConnectionId === null && run.nextAttemptAt === null)).toBe(true);
    // A run parked before its first attempt used one attempt in all.
    expect(done.filter(isLater).map((run) => [run.attempts, run.attemptLog.length])).toEqual(later.map(() => [1, 1]));
  });

  it("of ten minutes, compressed: loses no run and sends nothing twice", async () => {
    const { zapId, runs } = await queuedRuns(20);
    await startWorkers(2);
    // "10 minutes" of a 9.3 s schedule that stands for about a day.
    standIn.failNext({ status: 503, until: new Date(Date.now() + 2_500), api: "track" });
    await enqueue(runs.slice(0, 10));
    await expect.poll(() => standIn.requests.filter((request) => request.status === 503).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(THRESHOLD);
    await enqueue(runs.slice(10));
    await expect.poll(() => statuses(runs), { timeout: 60_000 }).toEqual(runs.map(() => "SUCCEEDED"));
    for (const { customer } of runs) {
      expect(deliveriesFor(customer).filter((request) => request.status === 200)).toHaveLength(1);
      expect(storedEventsFor(customer)).toHaveLength(1);
    }
    expect(await lib.db.zap.findUniqueOrThrow({ where: { id: zapId } })).toMatchObject({ enabled: true, pausedReason: null });
  });

  it("that never ends: a waiting run fails once its schedule's total time has passed since it was first tried", async () => {
    const { connectionId, runs } = await queuedRuns(THRESHOLD + 1);
    standIn.failNext({ status: 503, until: new Date(Date.now() + 600_000), api: "track" });
    await startWorkers(1);
    await enqueue(runs);
    await expect.poll(() => waitingCount(runs, connectionId), { timeout: 30_000 }).toBe(runs.length);
    // As if the schedule's 9.3 s had passed (its real counterpart is most of a day).
    await lib.db.run.updateMany({
      where: { id: { in: runs.map((run) => run.runId) } },
      data: { createdAt: new Date(Date.now() - 10_000), startedAt: new Date(Date.now() - 10_000) },
    });
    await expect.poll(() => statuses(runs), { timeout: 30_000 }).toEqual(runs.map(() => "FAILED"));
    for (const run of await loadRuns(runs)) {
      expect(run.error).toMatch(
        /^(Step \d+ failed: )?Customer\.io was unreachable for \d+ (s|min); gave up\. Replay the run once Customer\.io answers again\.$/,
      );
      expect(run.waitingOnConnectionId).toBeNull();
    }
  });
});

describe("a retried run", () => {
  it("stores the delay BullMQ was given and when the next attempt is", async () => {
    const { runs } = await queuedRuns(1);
    const [{ runId }] = runs as [{ runId: string; customer: string }];
    standIn.failNext({ status: 503, headers: { "Retry-After": "120" }, path: EVENTS_PATH });
    await startWorkers(1);
    await enqueue(runs);
    await expect.poll(async () => (await loadRuns(runs))[0]?.attemptLog.length, { timeout: 30_000 }).toBe(1);

    const [run] = await loadRuns(runs);
    const attempt = run?.attemptLog[0];
    // Retry-After (120 s) is longer than the schedule's first delay, so it wins.
    expect(attempt).toMatchObject({ outcome: "retry", retryAfterMs: 120_000, delayMs: 120_000 });
    expect(run).toMatchObject({ status: "QUEUED", attempts: 1, nextAttemptAt: expect.any(Date) });
    const job = await lib.runsQueue().getJob(runId);
    expect(await job?.getState()).toBe("delayed");
    expect(job?.delay).toBe(attempt?.delayMs);
    // BullMQ's due time is the stored one, give or take the moment between the two writes.
    const dueAt = Number(await lib.redis().zscore(lib.runsQueue().keys.delayed ?? "", runId)) / 0x1000;
    const stored = run?.nextAttemptAt?.getTime() ?? 0;
    expect(Math.abs(Math.floor(dueAt) - stored)).toBeLessThan(1_000);

    await job?.promote();
    await expect.poll(async () => (await loadRuns(runs))[0]?.status, { timeout: 30_000 }).toBe("SUCCEEDED");
    expect((await loadRuns(runs))[0]).toMatchObject({ attempts: 2, nextAttemptAt: null });
  });
});
