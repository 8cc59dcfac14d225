// The run lease (claim-run.ts, keep-run-lease.ts), how executeRun honours it, and how the sweeper
// recovers runs whose lease ran out. Its own database: the sweeper looks at every run in it.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase } from "@/test/scratch-database";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "site-lease", trackApiKey: "track-key-lease" };
const LEASE_MS = 60_000;
let standIn: CustomerioStandIn;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let lib: {
  db: typeof import("@/lib/db").db;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  claimRun: typeof import("@/lib/runs/claim-run").claimRun;
  keepRunLease: typeof import("@/lib/runs/keep-run-lease").keepRunLease;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  sweepRuns: typeof import("@/lib/runs/sweep-runs").sweepRuns;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_lease_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-lease`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
  });
  lib = {
    db: (await import("@/lib/db")).db,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    claimRun: (await import("@/lib/runs/claim-run")).claimRun,
    keepRunLease: (await import("@/lib/runs/keep-run-lease")).keepRunLease,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    sweepRuns: (await import("@/lib/runs/sweep-runs")).sweepRuns,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
  };
});

beforeEach(async () => {
  standIn.reset();
  // Each test sweeps only its own runs.
  await lib.db.run.deleteMany();
  await lib.runsQueue().obliterate({ force: true });
});

afterAll(async () => {
  await lib?.runsQueue().close();
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
});

async function queuedRun(): Promise<string> {
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
  const event = { ...(subscriptionDeleted as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` };
  const [runId] = (await lib.recordStripeEvent({ connection: { id: zap.stripeId, userId: zap.userId }, event })).runIds;
  if (!runId) throw new Error("no run was created");
  return runId;
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId } });
/** As if the lease holder had died this long ago. */
const expireLease = (runId: string) => lib.db.run.update({ where: { id: runId }, data: { lockedUntil: new Date(Date.now() - 60_000) } });

describe("claimRun", () => {
  it("gives a run to one worker at a time, and to another once the lease has run out", async () => {
    const runId = await queuedRun();
    expect(await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS })).toMatchObject({ claimed: true, attempts: 1 });
    const claimed = await loadRun(runId);
    expect(claimed).toMatchObject({ status: "RUNNING", lockedBy: "worker-a" });
    expect(claimed.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + LEASE_MS / 2);
    expect(await lib.claimRun({ runId, workerId: "worker-b", leaseMs: LEASE_MS })).toEqual({ claimed: false, reason: "held" });
    expect(await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS })).toEqual({ claimed: false, reason: "held" });

    await expireLease(runId);
    expect(await lib.claimRun({ runId, workerId: "worker-b", leaseMs: LEASE_MS })).toMatchObject({ claimed: true, attempts: 2 });
    expect(await loadRun(runId)).toMatchObject({ status: "RUNNING", lockedBy: "worker-b", startedAt: claimed.startedAt });
  });

  it("never claims a finished or missing run", async () => {
    const runId = await queuedRun();
    await lib.db.run.update({ where: { id: runId }, data: { status: "SUCCEEDED" } });
    expect(await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS })).toEqual({ claimed: false, reason: "finished" });
    expect(await lib.claimRun({ runId: randomUUID(), workerId: "worker-a", leaseMs: LEASE_MS })).toEqual({ claimed: false, reason: "finished" });
  });

  it("claims the runs asked for in one turn together, each by one caller, each with its own run", async () => {
    const [first, second] = [await queuedRun(), await queuedRun()];
    const finished = await queuedRun();
    await lib.db.run.update({ where: { id: finished }, data: { status: "SUCCEEDED" } });
    const claims = await Promise.all([
      lib.claimRun({ runId: first, workerId: "worker-a", leaseMs: LEASE_MS }),
      lib.claimRun({ runId: second, workerId: "worker-a", leaseMs: LEASE_MS }),
      lib.claimRun({ runId: first, workerId: "worker-a", leaseMs: LEASE_MS }),
      lib.claimRun({ runId: finished, workerId: "worker-a", leaseMs: LEASE_MS }),
      lib.claimRun({ runId: "not-a-run", workerId: "worker-a", leaseMs: LEASE_MS }),
      lib.claimRun({ runId: second, workerId: "worker-b", leaseMs: LEASE_MS }),
    ]);
    expect(claims.map((claim) => (claim.claimed ? claim.run.id : claim.reason))).toEqual([first, second, "held", "finished", "finished", "held"]);
    expect(await loadRun(first)).toMatchObject({ status: "RUNNING", lockedBy: "worker-a", attempts: 1 });
    expect(await loadRun(second)).toMatchObject({ status: "RUNNING", lockedBy: "worker-a", attempts: 1 });
  });
});

describe("keepRunLease", () => {
  it("pushes the lease forward while the attempt runs, and stops when told", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: 600 });
    const first = (await loadRun(runId)).lockedUntil!.getTime();
    const lease = lib.keepRunLease({ runId, workerId: "worker-a", leaseMs: 600 });
    try {
      await expect.poll(async () => (await loadRun(runId)).lockedUntil!.getTime(), { timeout: 10_000 }).toBeGreaterThan(first);
      expect(lease.isLost()).toBe(false);
    } finally {
      lease.stop();
    }
  });

  it("says the lease is lost once another worker has taken the run over", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: 600 });
    const lease = lib.keepRunLease({ runId, workerId: "worker-a", leaseMs: 600 });
    try {
      await lib.db.run.update({ where: { id: runId }, data: { lockedBy: "worker-b" } });
      await expect.poll(() => lease.isLost(), { timeout: 10_000 }).toBe(true);
    } finally {
      lease.stop();
    }
  });
});

describe("executeRun under a lease", () => {
  it("does nothing while another worker holds the run", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS });
    expect(await lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-b" })).toEqual({ outcome: "busy" });
    expect(await loadRun(runId)).toMatchObject({ status: "RUNNING", lockedBy: "worker-a", attempts: 1 });
    expect(standIn.requests).toHaveLength(0);
  });

  it("takes over a run whose holder died, and clears the lease when it ends", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS });
    await expireLease(runId);
    expect(await lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-b" })).toEqual({ outcome: "succeeded" });
    expect(await loadRun(runId)).toMatchObject({ status: "SUCCEEDED", lockedBy: null, lockedUntil: null, attempts: 2 });
  });

  it("leaves the result to the new holder when its own lease was taken over mid-attempt", async () => {
    const runId = await queuedRun();
    standIn.failNext({ hold: "before", method: "POST" });
    const attempt = lib.executeRun({ runId, isLastAttempt: false, workerId: "worker-a" });
    await expect.poll(() => standIn.requests.length, { timeout: 10_000 }).toBe(1);
    await expireLease(runId);
    expect(await lib.claimRun({ runId, workerId: "worker-b", leaseMs: LEASE_MS })).toMatchObject({ claimed: true });
    standIn.release();
    expect(await attempt).toEqual({ outcome: "succeeded" });
    expect(await loadRun(runId)).toMatchObject({ status: "RUNNING", lockedBy: "worker-b", finishedAt: null });
  });
});

describe("sweepRuns and leases", () => {
  it("puts a run whose worker died back in the queue; the next attempt resumes it", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS });
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), queuedGraceMs: LEASE_MS })).toEqual({ enqueued: 0, timedOut: 0 });

    await expireLease(runId);
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), queuedGraceMs: LEASE_MS })).toEqual({ enqueued: 1, timedOut: 1 });
    expect(await loadRun(runId)).toMatchObject({ status: "QUEUED", lockedBy: null, lockedUntil: null, error: expect.stringContaining("queued again") });
    expect(await (await lib.runsQueue().getJob(runId))?.getState()).toBe("waiting");
    // Swept again before a worker took it: the job is already waiting.
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), queuedGraceMs: -1_000 })).toEqual({ enqueued: 0, timedOut: 0 });
  });

  it("fails a run that stopped its worker on every attempt", async () => {
    const runId = await queuedRun();
    await lib.claimRun({ runId, workerId: "worker-a", leaseMs: LEASE_MS });
    await lib.db.run.update({ where: { id: runId }, data: { attempts: 3 } });
    await expireLease(runId);
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), maxAttempts: 3 })).toEqual({ enqueued: 0, timedOut: 1 });
    const run = await loadRun(runId);
    expect(run).toMatchObject({ status: "FAILED", lockedBy: null, error: expect.stringMatching(/^The run stopped without finishing 3 times.*Replay it/) });
    expect(run.finishedAt).not.toBeNull();
    expect(await lib.runsQueue().getJob(runId)).toBeUndefined();
  });
});
