// The whole pipeline with a real worker process: signed webhook in → run queued in BullMQ → the
// worker calls the Customer.io stand-in through the real SDK → the run is recorded as succeeded.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { runsQueue } from "@/lib/queue/runs-queue";
import { recordStripeEvent } from "@/lib/runs/record-stripe-event";
import { sweepRuns } from "@/lib/runs/sweep-runs";
import { createPublishedZap } from "@/lib/testing/create-published-zap";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/lib/testing/stand-ins/customerio-stand-in";
import { receiveStripeWebhook } from "@/lib/webhooks/receive-stripe-webhook";

const root = fileURLToPath(new URL("..", import.meta.url));
const WORKSPACE = { siteId: "site-worker", trackApiKey: "track-key-worker" };
const SIGNING_SECRET = "whsec_worker_test_secret_000001";
let standIn: CustomerioStandIn;
let worker: ChildProcess;
let output = "";

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  worker = spawn(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, "worker/index.ts"], {
    cwd: root,
    env: { ...process.env, CUSTOMERIO_TRACK_URL: standIn.trackUrl, CUSTOMERIO_APP_URL: standIn.appUrl, RUN_RETRY_BASE_MS: "50" },
  });
  worker.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => output.includes('"message":"worker ready"') && resolve();
    worker.stdout?.on("data", check);
    worker.once("exit", () => reject(new Error(`the worker exited before it was ready:\n${output}`)));
  });
});

afterAll(async () => {
  const exited = once(worker, "exit");
  worker.kill("SIGTERM");
  await exited;
  await runsQueue().close();
  await standIn.close();
});

async function world() {
  const zap = await createPublishedZap({
    signingSecret: SIGNING_SECRET,
    customerio: WORKSPACE,
    steps: (customerioId) => [{ id: "event", app: "customerio", key: "track_event", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}", name: "subscription_canceled" } }],
  });
  return { user: { id: zap.userId }, stripe: { id: zap.stripeId } };
}

const statusOf = async (runId: string) => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status;
const newEvent = () => ({ ...(subscriptionDeleted as unknown as Stripe.Event), id: `evt_${randomUUID().replaceAll("-", "")}` });

describe("worker", () => {
  it("executes a run that a signed webhook queued", async () => {
    const { stripe } = await world();
    const payload = JSON.stringify(newEvent());
    const answer = await receiveStripeWebhook({
      connectionId: stripe.id,
      rawBody: payload,
      signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: SIGNING_SECRET }),
    });
    expect(answer).toMatchObject({ status: 200, body: { runs: 1 } });
    const run = await db.run.findFirstOrThrow({ where: { event: { connectionId: stripe.id } } });
    await expect.poll(() => statusOf(run.id), { timeout: 20_000 }).toBe("SUCCEEDED");
    const event = standIn.store(WORKSPACE.siteId).events.find((stored) => stored.name === "subscription_canceled" && stored.customerId === (JSON.parse(payload) as Stripe.Event & { data: { object: { customer: string } } }).data.object.customer);
    expect(event?.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("retries a transient Customer.io failure with backoff until it succeeds", async () => {
    const { user, stripe } = await world();
    standIn.failNext({ status: 429, headers: { "Retry-After": "0" }, times: 2, api: "track" });
    const recorded = await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: newEvent() });
    const runId = recorded.runIds[0] ?? "";
    await sweepRuns({ queue: runsQueue(), queuedGraceMs: -1_000 });
    await expect.poll(() => statusOf(runId), { timeout: 20_000 }).toBe("SUCCEEDED");
    expect((await db.run.findUniqueOrThrow({ where: { id: runId } })).attempts).toBe(3);
  });

  it("picks up a run that was committed while Redis was unreachable (the sweeper enqueues it)", async () => {
    const { user, stripe } = await world();
    // recordStripeEvent alone is what the webhook does before enqueueing: as if Redis had been down.
    const recorded = await recordStripeEvent({ connection: { id: stripe.id, userId: user.id }, event: newEvent() });
    const runId = recorded.runIds[0] ?? "";
    expect(await runsQueue().getJob(runId)).toBeUndefined();
    expect(await sweepRuns({ queue: runsQueue(), queuedGraceMs: -1_000 })).toMatchObject({ enqueued: expect.any(Number) });
    await expect.poll(() => statusOf(runId), { timeout: 20_000 }).toBe("SUCCEEDED");
  });
});
