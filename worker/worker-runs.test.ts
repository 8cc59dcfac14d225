// The whole pipeline with a real worker process: signed webhook in → run queued in BullMQ → the
// worker calls the Customer.io stand-in through the real SDK → the run is recorded as succeeded.
// This file has its own database and Redis prefix: its worker and sweeper see only its runs.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { createScratchDatabase } from "@/test/scratch-database";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const root = fileURLToPath(new URL("..", import.meta.url));
const WORKSPACE = { siteId: "site-worker", trackApiKey: "track-key-worker" };
const SIGNING_SECRET = "whsec_worker_test_secret_000001";
let standIn: CustomerioStandIn;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let worker: ChildProcess;
let output = "";
// Loaded once the environment names this file's database (lib/env.ts and lib/db.ts read it once).
let lib: {
  db: typeof import("@/lib/db").db;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  sweepRuns: typeof import("@/lib/runs/sweep-runs").sweepRuns;
  enqueueRuns: typeof import("@/lib/queue/enqueue-runs").enqueueRuns;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  receiveStripeWebhook: typeof import("@/lib/catalog/stripe/webhook/receive-stripe-webhook").receiveStripeWebhook;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_worker_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-worker`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    RUN_RETRY_BASE_MS: "50",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    sweepRuns: (await import("@/lib/runs/sweep-runs")).sweepRuns,
    enqueueRuns: (await import("@/lib/queue/enqueue-runs")).enqueueRuns,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    receiveStripeWebhook: (await import("@/lib/catalog/stripe/webhook/receive-stripe-webhook")).receiveStripeWebhook,
  };

  worker = spawn(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, "worker/index.ts"], { cwd: root, env: { ...process.env } });
  worker.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => output.includes('"message":"worker ready"') && resolve();
    worker.stdout?.on("data", check);
    worker.once("exit", () => reject(new Error(`the worker exited before it was ready:\n${output}`)));
  });
});

afterAll(async () => {
  if (worker) {
    const exited = once(worker, "exit");
    worker.kill("SIGTERM");
    await exited;
  }
  await lib?.runsQueue().close();
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
});

async function world() {
  const zap = await lib.createPublishedZap({
    signingSecret: SIGNING_SECRET,
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
  return { user: { id: zap.userId }, stripe: { id: zap.stripeId } };
}

const statusOf = async (runId: string) => (await lib.db.run.findUniqueOrThrow({ where: { id: runId } })).status;
const newEvent = () => ({ ...(subscriptionDeleted as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` });
const customerOf = (event: Stripe.Event) => (event.data.object as Stripe.Subscription).customer as string;

describe("worker", () => {
  it("executes a run that a signed webhook queued", async () => {
    const { stripe } = await world();
    const event = newEvent();
    const payload = JSON.stringify(event);
    const answer = await lib.receiveStripeWebhook({
      connectionId: stripe.id,
      rawBody: payload,
      signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: SIGNING_SECRET }),
    });
    expect(answer).toMatchObject({ status: 200, body: { runs: 1 } });
    const run = await lib.db.run.findFirstOrThrow({ where: { event: { connectionId: stripe.id } } });
    await expect.poll(() => statusOf(run.id), { timeout: 20_000 }).toBe("SUCCEEDED");
    const stored = standIn.store(WORKSPACE.siteId).events.find((candidate) => candidate.customerId === customerOf(event));
    expect(stored).toMatchObject({ name: "subscription_canceled", id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/) });
  });

  it("retries a transient Customer.io failure with backoff until it succeeds", async () => {
    const { user, stripe } = await world();
    standIn.failNext({ status: 429, headers: { "Retry-After": "0" }, times: 2, api: "track" });
    const recorded = await lib.recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: newEvent() });
    const runId = recorded.runIds[0] ?? "";
    expect(await lib.enqueueRuns({ runIds: [runId] })).toBe(true);
    await expect.poll(() => statusOf(runId), { timeout: 20_000 }).toBe("SUCCEEDED");
    expect((await lib.db.run.findUniqueOrThrow({ where: { id: runId } })).attempts).toBe(3);
  });

  it("picks up a run that was committed while Redis was unreachable (the sweeper enqueues it)", async () => {
    const { user, stripe } = await world();
    // recordStripeEvent alone is what the webhook does before enqueueing: as if Redis had been down.
    const recorded = await lib.recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: newEvent() });
    const runId = recorded.runIds[0] ?? "";
    expect(await lib.runsQueue().getJob(runId)).toBeUndefined();
    expect(await lib.sweepRuns({ queue: lib.runsQueue(), queuedGraceMs: -1_000 })).toEqual({ enqueued: 1, timedOut: 0 });
    await expect.poll(() => statusOf(runId), { timeout: 20_000 }).toBe("SUCCEEDED");
  });
});
