// The real worker process reads Stripe's Events API: a sync-mode connection's new event becomes a run
// while it runs, and after the worker was stopped for a while, the events Stripe made meanwhile are
// recorded when it starts again (catch-up, for a webhook-mode connection too), each once.
// This file has its own database and Redis prefix: its worker sees only its connections and runs.
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";
import { closedPort } from "@/test/closed-port";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";
import { startWorkerProcess, type WorkerProcess } from "@/test/start-worker-process";

let standIn: StripeStandIn;
let database: ScratchDatabase;
let worker: WorkerProcess | undefined;
let workerEnv: NodeJS.ProcessEnv;
let lib: {
  db: typeof import("@/lib/db").db;
  createStripeSyncZap: typeof import("@/test/create-stripe-sync-zap").createStripeSyncZap;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_worker_sync_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = (await startStripeTestbed()).standIn;
  const nowhere = `http://127.0.0.1:${await closedPort()}`;
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-worker-sync`,
    STRIPE_API_BASE: standIn.url,
    STRIPE_SYNC_INTERVAL_MS: "200",
    // The runs' Customer.io calls fail fast: this file counts runs, it does not execute them.
    CUSTOMERIO_TRACK_URL: nowhere,
    CUSTOMERIO_APP_URL: nowhere,
  });
  workerEnv = { ...process.env };
  lib = { db: (await import("@/lib/db")).db, createStripeSyncZap: (await import("@/test/create-stripe-sync-zap")).createStripeSyncZap };
});

afterAll(async () => {
  if (worker) await stop(worker);
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
});

async function start(): Promise<WorkerProcess> {
  const started = startWorkerProcess({ env: workerEnv });
  await started.waitFor('"message":"stripe sync started"');
  return started;
}

async function stop(running: WorkerProcess): Promise<void> {
  running.child.kill("SIGTERM");
  const [code] = await running.exited;
  expect(code, running.output()).toBe(0);
}

const canceledSubscription = (subscriptionDeleted as unknown as Stripe.Event).data.object as unknown as JsonObject;
const makeEvent = () => standIn.createEvent({ type: "customer.subscription.deleted", object: canceledSubscription }).event.id as string;
/** How many runs each of these events has on the connection. */
const runsPerEvent = async (connectionId: string, eventIds: string[]) => {
  const runs = await lib.db.run.findMany({
    where: { event: { connectionId, stripeEventId: { in: eventIds } } },
    select: { event: { select: { stripeEventId: true } } },
  });
  return eventIds.map((id) => runs.filter((run) => run.event.stripeEventId === id).length);
};

describe("worker: Stripe sync", () => {
  it("runs a sync-mode zap from a new Stripe event, and catches up on the events made while it was stopped", async () => {
    const sync = await lib.createStripeSyncZap({ accountId: TEST_ACCOUNT.id, secretKey: TEST_KEYS.secret });
    const webhook = await lib.createStripeSyncZap({
      accountId: TEST_ACCOUNT.id,
      secretKey: TEST_KEYS.secret,
      signingSecret: "whsec_worker_sync_test_secret_01",
    });
    worker = await start();
    // Both connections have been caught up once on start (nothing to record yet).
    await expect.poll(async () => await lib.db.stripeSync.count({ where: { lastCatchUpAt: { not: null } } }), { timeout: 15_000 }).toBe(2);

    const live = makeEvent();
    await expect.poll(() => runsPerEvent(sync.connectionId, [live]), { timeout: 15_000 }).toEqual([1]);

    await stop(worker);
    worker = undefined;
    // Stripe goes on while Conduit is down; no webhook reaches it.
    const missed = [makeEvent(), makeEvent(), makeEvent()];

    worker = await start();
    await expect.poll(() => runsPerEvent(webhook.connectionId, missed), { timeout: 15_000 }).toEqual([1, 1, 1]);
    await expect.poll(() => runsPerEvent(sync.connectionId, missed), { timeout: 15_000 }).toEqual([1, 1, 1]);
    expect(await runsPerEvent(sync.connectionId, [live])).toEqual([1]);
    const status = await lib.db.stripeSync.findUniqueOrThrow({ where: { connectionId: sync.connectionId } });
    expect(status).toMatchObject({ lastError: null, pausedReason: null, lastPolledAt: expect.any(Date) });
  });
});
