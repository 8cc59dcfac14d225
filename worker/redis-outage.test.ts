// Redis stopped while Stripe delivers an event: the webhook still answers 2xx because the run is in
// PostgreSQL; once Redis is back (empty: it kept nothing on disk), the running worker's sweeper
// enqueues the run and Customer.io receives the event once. A redis-server of this file's own, so
// stopping it disturbs no other test; its own database too, so its sweeper sees only its runs.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { findExecutable } from "@/tools/find-executable";
import { freePort } from "@/tools/free-port";
import { redisAnswers } from "@/tools/redis-answers";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase } from "@/test/scratch-database";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startWorkerProcess, type WorkerProcess } from "@/test/start-worker-process";

const WORKSPACE = { siteId: "site-outage", trackApiKey: "track-key-outage" };
const SIGNING_SECRET = "whsec_redis_outage_secret_000001";
let port: number;
let redisServer: ChildProcess | undefined;
let standIn: CustomerioStandIn;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let worker: WorkerProcess | undefined;
let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis").redis;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  receiveStripeWebhook: typeof import("@/lib/catalog/stripe/webhook/receive-stripe-webhook").receiveStripeWebhook;
};

/** redis-server on `port`, keeping nothing on disk; resolves once it answers PING. */
async function startRedis(): Promise<void> {
  const executable = findExecutable({ name: "redis-server" });
  if (!executable) throw new Error("This test needs redis-server on PATH (Debian/Ubuntu: apt-get install redis-server).");
  const server = spawn(executable, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  redisServer = server;
  const deadline = Date.now() + 10_000;
  while (!(await redisAnswers({ url: `redis://127.0.0.1:${port}`, timeoutMs: 500 })).ok) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopRedis(): Promise<void> {
  const server = redisServer;
  redisServer = undefined;
  if (!server || server.exitCode !== null) return;
  const exited = once(server, "exit");
  server.kill("SIGKILL");
  await exited;
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_outage_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_URL: `redis://127.0.0.1:${port}`,
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    RUN_SWEEP_INTERVAL_MS: "300",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    redis: (await import("@/lib/redis")).redis,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    receiveStripeWebhook: (await import("@/lib/catalog/stripe/webhook/receive-stripe-webhook")).receiveStripeWebhook,
  };
});

afterAll(async () => {
  if (worker && worker.child.exitCode === null) {
    worker.child.kill("SIGKILL");
    await worker.exited;
  }
  lib?.redis().disconnect();
  lib?.runsQueue().disconnect();
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
  await stopRedis();
});

describe("Redis stopped during ingest", () => {
  it("loses nothing: the webhook answers 2xx, and once Redis is back the worker delivers the run once", async () => {
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
    worker = startWorkerProcess({ env: { ...process.env } });
    await worker.waitFor('"message":"worker ready"');

    await stopRedis();
    const payload = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
    const answer = await lib.receiveStripeWebhook({
      connectionId: zap.stripeId,
      rawBody: payload,
      signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: SIGNING_SECRET }),
    });
    expect(answer).toEqual({ status: 200, body: { received: true, duplicate: false, runs: 1 } });
    const [run, ...others] = await lib.db.run.findMany({ where: { zapId: zap.zapId } });
    expect(others).toEqual([]);
    expect(run?.status).toBe("QUEUED");
    const runId = run?.id ?? "";

    await startRedis();
    await expect.poll(async () => (await lib.db.run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000 }).toBe("SUCCEEDED");
    const customer = (subscriptionDeleted.data.object as { customer: string }).customer;
    const deliveries = standIn.requests.filter((request) => request.method === "POST" && request.path === `/api/v1/customers/${customer}/events`);
    expect(deliveries).toHaveLength(1);
    expect(standIn.store(WORKSPACE.siteId).events.filter((event) => event.customerId === customer)).toHaveLength(1);

    worker.child.kill("SIGTERM");
    const [code] = await worker.exited;
    expect(code).toBe(0);
  });
});
