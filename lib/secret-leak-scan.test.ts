// The keys a user pastes into Conduit never come back out. A full flow runs through the server
// actions, route handlers and a real worker process (connect Stripe and Customer.io, also with wrong
// keys; build, test, publish; signed webhooks; a retried run, a failed run, its replay, a test event),
// then everything Conduit produced is scanned for the known secrets in plain, URL-encoded and base64
// form: HTTP responses and page data, log lines (this process and the worker's), the BullMQ jobs in
// Redis, every row of every table, and the failure email. Each source must also show the data it is
// expected to hold, so an empty capture cannot pass. Own database and Redis prefix.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { Client } from "pg";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";
import { startSmtpServer, type SmtpTestServer } from "@/test/start-smtp-server";
import type { WebhookServer } from "@/test/start-webhook-server";
import type { WorkerProcess } from "@/test/start-worker-process";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";

const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Actions answer in the request's language; outside a request, English.
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => "en" }));

const STRIPE_KEY = "sk_test_51LeakScanConduitSecretKey7QxvB2mZr9";
const WRONG_STRIPE_KEY = "sk_test_51LeakScanWrongKeyNotInStripe0Xq4";
// `+` and `/` make its URL-encoded form differ from the plain one.
const SIGNING_SECRET = "whsec_LeakScan+Signing/Secret7Hq3ZpW";
const WORKSPACE = { siteId: "leakscan-site-5e1", trackApiKey: "trk7c0ffee5ecre7leak5can91b2", appApiKey: "app9d15ea5edleak5can0c4f83e" };
const WRONG_TRACK_KEY = "trkbad0leak5can0wrong0key77";
const SMTP_PASSWORD = "smtp-test-password";

let database: ScratchDatabase;
let stripeStandIn: StripeStandIn;
let customerio: CustomerioStandIn;
let smtp: SmtpTestServer;
let webhookServer: WebhookServer;
let worker: WorkerProcess | undefined;
let redisPrefix: string;
const restoreOutput: (() => void)[] = [];
/** The runs the flow made: retried, failed (twice), a replay, the test event's. */
let runIds: string[] = [];
const closeLater: (() => Promise<unknown>)[] = [];

/** Everything captured, by where it came from. */
const captured = { http: [] as string[], logs: [] as string[], redis: [] as string[], database: [] as string[], email: [] as string[] };
const record = (source: keyof typeof captured, label: string, value: unknown) =>
  captured[source].push(`${label}: ${typeof value === "string" ? value : JSON.stringify(value)}`);

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_leak_scan_test" });
  await applyMigrations({ databaseUrl: database.url });
  stripeStandIn = await startStripeStandIn({ accounts: [{ id: "acct_1LeakScanShop0001", displayName: "Leak Scan Shop", keys: [{ secret: STRIPE_KEY }] }] });
  customerio = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  smtp = await startSmtpServer();
  redisPrefix = `${process.env.REDIS_KEY_PREFIX}-leak-scan`;
  captureOutput();

  // The webhook server's URL is APP_URL, so it starts first; the modules loaded after the second
  // reload (actions, worker) see APP_URL. Both module sets use this file's database and Redis prefix.
  const env = {
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: redisPrefix,
    STRIPE_API_BASE: stripeStandIn.url,
    CUSTOMERIO_TRACK_URL: customerio.trackUrl,
    CUSTOMERIO_APP_URL: customerio.appUrl,
    SMTP_URL: smtp.url,
    RUN_RETRY_BASE_MS: "50",
    LOG_LEVEL: "debug",
  };
  reloadWithEnv(env);
  webhookServer = await (await import("@/test/start-webhook-server")).startWebhookServer();
  const first = { db: (await import("@/lib/db")).db, runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue };
  closeLater.push(
    () => first.runsQueue().close(),
    () => first.db.$disconnect(),
  );
  reloadWithEnv({ ...env, APP_URL: webhookServer.url });

  worker = (await import("@/test/start-worker-process")).startWorkerProcess({ env: { ...process.env } });
  await worker.waitFor('"message":"worker ready"');
  await runFullFlow();
  record("logs", "worker process", worker.output());
  await dumpRedis();
  await dumpDatabase();
  for (const email of smtp.received) record("email", `to ${email.to.join(", ")}`, email);
}, 120_000);

afterAll(async () => {
  for (const restore of restoreOutput) restore();
  if (worker) {
    worker.child.kill("SIGTERM");
    await worker.exited;
  }
  for (const close of closeLater) await close().catch(() => {});
  await webhookServer?.close();
  await Promise.all([stripeStandIn?.close(), customerio?.close(), smtp?.close()]);
  await database?.drop();
});

/** Keeps what this process writes to stdout/stderr (Conduit's logger writes there) instead of printing it. */
function captureOutput() {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array) => {
      captured.logs.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof stream.write;
    restoreOutput.push(() => (stream.write = write));
  }
}

async function runFullFlow() {
  const connections = await import("@/app/(dashboard)/connections/actions");
  const zaps = await import("@/app/(dashboard)/zaps/[id]/actions");
  const runs = await import("@/app/(dashboard)/runs/actions");
  const { db } = await import("@/lib/db");
  const { runsQueue } = await import("@/lib/queue/runs-queue");
  closeLater.push(
    () => runsQueue().close(),
    () => db.$disconnect(),
  );
  const user = await db.user.create({ data: { email: `leak-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  session.user = { id: user.id };
  const act = async <T>(name: string, result: Promise<T>): Promise<T> => {
    const value = await result;
    record("http", `action ${name}`, value);
    return value;
  };

  // Connect, with wrong keys first: error messages must not echo what was typed.
  await act("connectStripe (wrong key)", connections.connect({ app: "stripe", values: { secretKey: WRONG_STRIPE_KEY, label: "" } }));
  const stripe = await act("connectStripe", connections.connect({ app: "stripe", values: { secretKey: STRIPE_KEY, label: "Shop" } }));
  if (!stripe.ok) throw new Error(`connecting Stripe failed: ${JSON.stringify(stripe)}`);
  await act("saveSigningSecret", connections.saveSigningSecret({ connectionId: stripe.connectionId, signingSecret: SIGNING_SECRET }));
  await act("replaceKey (wrong key)", connections.replaceKey({ connectionId: stripe.connectionId, secretKey: WRONG_STRIPE_KEY }));
  await act(
    "connectCustomerio (wrong key)",
    connections.connect({ app: "customerio", values: { label: "", siteId: WORKSPACE.siteId, trackApiKey: WRONG_TRACK_KEY, appApiKey: "", region: "us" } }),
  );
  const cio = await act("connectCustomerio", connections.connect({ app: "customerio", values: { label: "Workspace", region: "us", ...WORKSPACE } }));
  if (!cio.ok) throw new Error(`connecting Customer.io failed: ${JSON.stringify(cio)}`);

  // Build, test and publish the zap.
  // A new zap exists from its first save, under the id the builder drew.
  const zapId = randomUUID();
  const definition = {
    trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.connectionId, options: {} },
    filter: null,
    steps: [
      { id: "person", app: "customerio", key: "identify_person", connectionId: cio.connectionId, inputs: { personId: "{{trigger.customer}}" } },
      {
        id: "receipt",
        app: "customerio",
        key: "send_transactional_email",
        connectionId: cio.connectionId,
        inputs: { transactionalMessageId: "7", to: "{{trigger.customer}}@example.com", identifierType: "id", identifier: "{{steps.person.personId}}" },
      },
    ],
  };
  await act("saveDraft", zaps.saveDraft({ zapId, name: "Leak scan", definition, create: true }));
  // Stripe failing to list events is logged by this (the web) process.
  stripeStandIn.failNext({ status: 500, path: "/v1/events" });
  await act("loadSamples (Stripe fails)", zaps.loadSamples({ zapId }));
  await act("loadSamples", zaps.loadSamples({ zapId }));
  for (const stepId of ["person", "receipt"]) {
    await act(`testStep ${stepId} dry run`, zaps.testStep({ zapId, stepId, mode: "dry_run" }));
    await act(`testStep ${stepId} send`, zaps.testStep({ zapId, stepId, mode: "send" }));
  }
  const published = await act("publish", zaps.publish({ zapId }));
  if (!published.ok) throw new Error(`publishing failed: ${JSON.stringify(published)}`);

  // Stripe delivers: one run retried after a 503, one that fails for good; a forged delivery is refused.
  const statusOf = async (runId: string) => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status;
  const deliver = async (label: string, signingSecret = SIGNING_SECRET) => {
    const payload = JSON.stringify({ ...subscriptionDeleted, id: `evt_${randomUUID().replaceAll("-", "")}` });
    const response = await fetch(`${webhookServer.url}/api/webhooks/stripe/${stripe.connectionId}`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: signingSecret }) },
      body: payload,
    });
    await recordResponse(`POST webhook (${label})`, response);
    return (JSON.parse(payload) as { id: string }).id;
  };
  const runOf = async (stripeEventId: string) => (await db.run.findFirstOrThrow({ where: { event: { stripeEventId } }, select: { id: true } })).id;

  customerio.failNext({ status: 503, api: "track" });
  const retried = await runOf(await deliver("retried"));
  await until(`run retried is SUCCEEDED`, async () => (await statusOf(retried)) === "SUCCEEDED");

  customerio.failNext({ status: 400, api: "app", body: { meta: { error: "transactional message 7 has no body" } } });
  const failed = await runOf(await deliver("fails"));
  await until(`run failed is FAILED`, async () => (await statusOf(failed)) === "FAILED");
  // As if the Track API key had been revoked in Customer.io since.
  customerio.failNext({ status: 401, api: "track", body: { meta: { error: "Unauthorized request" } } });
  const unauthorized = await runOf(await deliver("unauthorized"));
  await until("the unauthorized run is FAILED", async () => (await statusOf(unauthorized)) === "FAILED");
  await deliver("forged", "whsec_notTheSecretOfThisEndpoint0000");

  const replay = await act("replay", runs.replay({ runId: failed, mode: "from_failed_step" }));
  if (!replay.ok) throw new Error(replay.message);
  await until(`run replay.runId is SUCCEEDED`, async () => (await statusOf(replay.runId)) === "SUCCEEDED");
  const test = await act("sendTestEvent", zaps.sendTestEvent({ zapId }));
  if (!test.ok) throw new Error(test.message);
  await until(`run test.runId is SUCCEEDED`, async () => (await statusOf(test.runId)) === "SUCCEEDED");
  await until("the failure email arrived", async () => smtp.received.length > 0);

  // What the pages and their polling routes show.
  runIds = [retried, failed, unauthorized, replay.runId, test.runId];
  const { GET: runRoute } = await import("@/app/api/runs/[id]/route");
  for (const id of runIds)
    await recordResponse(`GET /api/runs/${id}`, await runRoute(new Request(`http://conduit.test/api/runs/${id}`), { params: Promise.resolve({ id }) }));
  const { GET: listRoute } = await import("@/app/api/runs/route");
  await recordResponse("GET /api/runs", await listRoute(new Request("http://conduit.test/api/runs")));
  await recordResponse("GET /api/zaps", await (await import("@/app/api/zaps/route")).GET());
  await recordResponse("GET /api/notifications/failed-runs", await (await import("@/app/api/notifications/failed-runs/route")).GET());
  const { GET: zapNotifications } = await import("@/app/api/notifications/zaps/[id]/route");
  await recordResponse(
    `GET /api/notifications/zaps/${zapId}`,
    await zapNotifications(new Request("http://conduit.test/"), { params: Promise.resolve({ id: zapId }) }),
  );
  const summaries = await (await import("@/lib/connections/list-connections")).listConnections({ userId: user.id });
  record("http", "page /connections (listConnections)", summaries);
  record("http", "page /zaps/[id] (builderConnections)", (await import("@/lib/zaps/builder-connections")).builderConnections({ connections: summaries }));
  record("http", "page /zaps/[id] (getZapForBuilder)", await (await import("@/lib/zaps/get-zap-for-builder")).getZapForBuilder({ userId: user.id, zapId }));
  record("http", "page /zaps/[id]/versions", await (await import("@/lib/zaps/list-zap-versions")).listZapVersions({ userId: user.id, zapId }));
  for (const id of runIds) record("http", `page /runs/${id}`, await (await import("@/lib/runs/get-run")).getRun({ userId: user.id, runId: id }));
}

/** expect.poll only works inside a test; this flow runs before the scans. */
async function until(what: string, done: () => Promise<boolean>) {
  const deadline = Date.now() + 20_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}; worker output:\n${worker?.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function recordResponse(label: string, response: Response) {
  record("http", label, `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
}

/** Every key under this file's prefix, whatever its type: the runs queue's jobs, events, rate limits. */
async function dumpRedis() {
  const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  try {
    const keys = await redis.keys(`${redisPrefix}:*`);
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === "hash"
          ? await redis.hgetall(key)
          : type === "list"
            ? await redis.lrange(key, 0, -1)
            : type === "set"
              ? await redis.smembers(key)
              : type === "zset"
                ? await redis.zrange(key, "0", "-1", "WITHSCORES")
                : type === "stream"
                  ? await redis.xrange(key, "-", "+")
                  : type === "string"
                    ? await redis.get(key)
                    : `(${type})`;
      record("redis", key, value);
    }
  } finally {
    redis.disconnect();
  }
}

/** Every row of every table, Connection included (its ciphertext must not decode to a secret either). */
async function dumpDatabase() {
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    const tables = await sql.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    for (const { name } of tables.rows) {
      const rows = await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
      for (const { row } of rows.rows) record("database", name, row);
    }
  } finally {
    await sql.end();
  }
}

/** The ways a secret could show: as is, URL-encoded, and base64/base64url at any byte offset (inside a Basic header, say). */
function leakForms(secret: string): string[] {
  const forms = new Set([secret.toLowerCase(), encodeURIComponent(secret).toLowerCase()]);
  for (const offset of [0, 1, 2]) {
    const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret, "utf8")]);
    for (const encoding of ["base64", "base64url"] as const) {
      // Without the first group (when it mixes in the bytes before) and the last (padding): what the secret alone decides.
      forms.add(
        bytes
          .toString(encoding)
          .replace(/=+$/, "")
          .slice(offset === 0 ? 0 : 4, -4),
      );
    }
  }
  return [...forms];
}

const SECRETS = {
  "Stripe secret key": STRIPE_KEY,
  "Stripe key typed by mistake": WRONG_STRIPE_KEY,
  "Stripe signing secret": SIGNING_SECRET,
  "Customer.io Track API key": WORKSPACE.trackApiKey,
  "Customer.io Track API key typed by mistake": WRONG_TRACK_KEY,
  "Customer.io App API key": WORKSPACE.appApiKey,
  "SMTP password": SMTP_PASSWORD,
  // The suite's own (vitest-global-setup.ts): the web side and the worker both hold them.
  AUTH_SECRET: process.env.AUTH_SECRET ?? "",
  ...Object.fromEntries((process.env.ENCRYPTION_KEYS ?? "").split(",").map((entry) => [`encryption key ${entry.split(":")[0]}`, entry.split(":")[1] ?? ""])),
};
if (Object.values(SECRETS).some((secret) => secret.length < 16)) throw new Error("every secret the scan looks for must be long enough to be distinctive");

function leaks(source: keyof typeof captured): string[] {
  const basicAuth = Buffer.from(`${WORKSPACE.siteId}:${WORKSPACE.trackApiKey}`).toString("base64");
  const found: string[] = [];
  for (const entry of captured[source]) {
    const lower = entry.toLowerCase();
    for (const [name, secret] of Object.entries(SECRETS)) {
      const form = leakForms(secret).find((candidate) => (candidate === candidate.toLowerCase() ? lower : entry).includes(candidate));
      if (form) found.push(`${name} (as ${form}) in ${entry.slice(0, entry.indexOf(": "))}`);
    }
    if (entry.includes(basicAuth)) found.push(`Customer.io Basic credentials in ${entry.slice(0, entry.indexOf(": "))}`);
  }
  return found;
}

const all = (source: keyof typeof captured) => captured[source].join("\n");
const last4 = (secret: string) => secret.slice(-4);

describe("after a full flow, no secret appears", () => {
  it("in any HTTP response, server action result or page data", () => {
    const text = all("http");
    expect(leaks("http")).toEqual([]);
    // The scan sees what is there to see: the requests each step sent, with credentials masked.
    expect(text).toContain(`${customerio.trackUrl}/api/v1/customers/`);
    expect(text).toContain(`Basic ••••${last4(WORKSPACE.trackApiKey)}`);
    expect(text).toContain(`Bearer ••••${last4(WORKSPACE.appApiKey)}`);
    expect(text).toContain('{"received":true');
    expect(text).toContain("The Stripe-Signature does not match");
    expect(text).toContain("transactional message 7 has no body");
    expect(text).toContain("Invalid API Key provided: sk_test_***");
  });

  it("in any log line of the web side or the worker", () => {
    const text = all("logs");
    expect(leaks("logs")).toEqual([]);
    expect(text).toContain('"message":"trigger samples: listing Stripe events failed"');
    expect(text).toContain('"message":"worker ready"');
    expect(text).toContain('"message":"run attempt failed"');
  });

  it("in any BullMQ job or other Redis key", () => {
    const text = all("redis");
    expect(leaks("redis")).toEqual([]);
    for (const id of runIds) expect(captured.redis.find((entry) => entry.startsWith(`${redisPrefix}:runs:${id}: `))).toContain(id);
    expect(text).toContain("Customer.io had a server error (HTTP 503)");
  });

  it("in any database row: runs, steps (requests and responses), attempts, events, zaps, connections", () => {
    const text = all("database");
    expect(leaks("database")).toEqual([]);
    expect(text).toContain(`${customerio.trackUrl}/api/v1/customers/`);
    expect(text).toContain(`Basic ••••${last4(WORKSPACE.trackApiKey)}`);
    expect(captured.database.filter((row) => row.startsWith("StripeEvent:"))).toHaveLength(4);
    expect(captured.database.filter((row) => row.startsWith("RunStep:")).length).toBeGreaterThanOrEqual(7);
  });

  it("in the failure email", () => {
    expect(leaks("email")).toEqual([]);
    expect(all("email")).toContain("Leak scan");
  });
});
