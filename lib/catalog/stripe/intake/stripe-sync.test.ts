// Stripe sync and catch-up against the Stripe stand-in (the real `stripe` SDK), with real PostgreSQL
// and Redis: leases, cursor paging, bursts, deduplication with the webhook path, 401 and 429.
// This file has its own database: a sync round claims every due connection it can see.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { translator } from "@/lib/i18n/translator";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";
import { startSmtpServer, type SmtpTestServer } from "@/test/start-smtp-server";

const INTERVAL_MS = 5_000;
const SIGNING_SECRET = "whsec_stripe_sync_test_secret_0001";
let standIn: StripeStandIn;
let database: ScratchDatabase;
let smtp: SmtpTestServer;
// Loaded once the environment names this file's database (lib/env.ts and lib/db.ts read it once).
let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis");
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  runStripeSyncRound: typeof import("@/lib/catalog/stripe/intake/run-stripe-sync-round").runStripeSyncRound;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  getStripeSyncStatus: typeof import("@/lib/catalog/stripe/intake/get-stripe-sync-status").getStripeSyncStatus;
  createStripeSyncZap: typeof import("@/test/create-stripe-sync-zap").createStripeSyncZap;
  sealConnectionSecrets: typeof import("@/lib/connections/seal-connection-secrets").sealConnectionSecrets;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_stripe_sync_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = (await startStripeTestbed()).standIn;
  smtp = await startSmtpServer();
  reloadWithEnv({
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-stripe-sync`,
    STRIPE_API_BASE: standIn.url,
    SMTP_URL: smtp.url,
  });
  lib = {
    db: (await import("@/lib/db")).db,
    redis: await import("@/lib/redis"),
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    runStripeSyncRound: (await import("@/lib/catalog/stripe/intake/run-stripe-sync-round")).runStripeSyncRound,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    getStripeSyncStatus: (await import("@/lib/catalog/stripe/intake/get-stripe-sync-status")).getStripeSyncStatus,
    createStripeSyncZap: (await import("@/test/create-stripe-sync-zap")).createStripeSyncZap,
    sealConnectionSecrets: (await import("@/lib/connections/seal-connection-secrets")).sealConnectionSecrets,
  };
});

afterEach(async () => {
  standIn.reset();
  smtp.received.length = 0;
  await lib.db.user.deleteMany();
});

afterAll(async () => {
  await lib?.runsQueue().close();
  await lib?.redis.redis().quit();
  await lib?.db.$disconnect();
  await smtp?.close();
  await standIn?.close();
  await database?.drop();
});

const syncWorld = ({ secretKey = TEST_KEYS.secret, signingSecret }: { secretKey?: string; signingSecret?: string } = {}) =>
  lib.createStripeSyncZap({ accountId: TEST_ACCOUNT.id, secretKey, ...(signingSecret ? { signingSecret } : {}) });

const canceledSubscription = (subscriptionDeleted as unknown as Stripe.Event).data.object as unknown as JsonObject;
/** A subscription is canceled in the stand-in's account: Stripe makes the event. */
const makeEvent = (created?: number) =>
  standIn.createEvent({ type: "customer.subscription.deleted", object: canceledSubscription, ...(created ? { created } : {}) })
    .event as unknown as Stripe.Event;
const round = (holder: string) => lib.runStripeSyncRound({ holder, leaseMs: 30_000, intervalMs: INTERVAL_MS, apiBase: standIn.url });
const makeDue = (connectionId: string) => lib.db.stripeSync.update({ where: { connectionId }, data: { nextPollAt: new Date() } });
const syncOf = (connectionId: string) => lib.db.stripeSync.findUniqueOrThrow({ where: { connectionId } });
/** The Stripe event id of each run of the connection, in the order the runs were created (UUIDv7 ids: to the millisecond). */
const runEvents = async (connectionId: string) =>
  (await lib.db.run.findMany({ where: { event: { connectionId } }, orderBy: { id: "asc" }, select: { event: { select: { stripeEventId: true } } } })).map(
    (run) => run.event.stripeEventId,
  );
const eventListRequests = () => standIn.requests.filter((request) => request.method === "GET" && request.path === "/v1/events");

describe("Stripe sync", () => {
  it("gives each connection exactly one poller among two workers, and keeps it", async () => {
    const worlds = await Promise.all([syncWorld(), syncWorld(), syncWorld()]);
    const ids = worlds.map((world) => world.connectionId).sort();
    const [a, b] = await Promise.all([round("worker-a"), round("worker-b")]);
    const first = [...a, ...b].map((result) => result.connectionId);
    expect(first.toSorted()).toEqual(ids);
    const holderOf = new Map([
      ...a.map((result) => [result.connectionId, "worker-a"] as const),
      ...b.map((result) => [result.connectionId, "worker-b"] as const),
    ]);

    const event = makeEvent();
    await Promise.all(ids.map(makeDue));
    const [a2, b2] = await Promise.all([round("worker-a"), round("worker-b")]);
    expect([...a2, ...b2].map((result) => result.connectionId).toSorted()).toEqual(ids);
    for (const result of a2) expect(holderOf.get(result.connectionId)).toBe("worker-a");
    for (const result of b2) expect(holderOf.get(result.connectionId)).toBe("worker-b");
    for (const id of ids) {
      expect(await runEvents(id)).toEqual([event.id]);
      expect((await syncOf(id)).leasedBy).toBe(holderOf.get(id));
    }
  });

  it("takes over from a poller that died mid-page, without losing or doubling an event", async () => {
    const world = await syncWorld();
    await round("worker-a");
    const first = makeEvent();
    await makeDue(world.connectionId);
    await round("worker-a");
    expect((await syncOf(world.connectionId)).cursor).toBe(first.id);

    const burst = Array.from({ length: 150 }, () => makeEvent());
    // worker-a read the page and recorded 40 of its events, then died: the cursor never moved.
    for (const event of burst.slice(0, 40)) await lib.recordStripeEvent({ connection: world.connection, event });
    await makeDue(world.connectionId);
    // While its lease lasts, no other worker polls the connection.
    expect((await round("worker-b")).map((result) => result.connectionId)).not.toContain(world.connectionId);

    await lib.db.stripeSync.update({ where: { connectionId: world.connectionId }, data: { leaseUntil: new Date(Date.now() - 1) } });
    const [taken] = await round("worker-b");
    expect(taken).toMatchObject({ connectionId: world.connectionId, poll: { kind: "ok", recorded: 110 } });
    const events = await runEvents(world.connectionId);
    expect(events.toSorted()).toEqual([first, ...burst].map((event) => event.id).toSorted());
    expect(await syncOf(world.connectionId)).toMatchObject({ leasedBy: "worker-b", cursor: burst.at(-1)!.id });
  });

  it("turns a burst of 250 events (3 pages) into one run each, oldest first, within the account's rate limit", async () => {
    const world = await syncWorld();
    await round("worker-a");
    const first = makeEvent();
    await makeDue(world.connectionId);
    await round("worker-a");
    standIn.requests.length = 0;

    const burst = Array.from({ length: 250 }, () => makeEvent());
    await makeDue(world.connectionId);
    const [result] = await round("worker-a");
    expect(result?.poll).toEqual({ kind: "ok", recorded: 250 });
    const expected = [first, ...burst].map((event) => event.id);
    expect((await runEvents(world.connectionId)).toSorted()).toEqual(expected.toSorted());
    // Oldest first: in Stripe's order, each event was stored no earlier than the one before it.
    const stored = await lib.db.stripeEvent.findMany({ where: { connectionId: world.connectionId }, select: { stripeEventId: true, receivedAt: true } });
    const receivedAt = new Map(stored.map((event) => [event.stripeEventId, event.receivedAt.getTime()]));
    const times = expected.map((id) => receivedAt.get(id) ?? Number.NaN);
    expect(times.every((time, index) => index === 0 || time >= times[index - 1]!)).toBe(true);
    expect(times.at(-1)! - times[1]!).toBeGreaterThan(0);
    const pages = eventListRequests().filter((request) => request.query.ending_before !== undefined);
    expect(pages.map((request) => request.query.limit)).toEqual(["100", "100", "100"]);
    expect(pages.map((request) => request.query.types)).toEqual(Array(3).fill(["customer.subscription.deleted"]));
    // The reads were counted against the account (and mode), not the connection.
    const { redis, redisKey } = lib.redis;
    expect(await redis().keys(redisKey("rate", "stripe-read", TEST_ACCOUNT.id, "test", "*"))).not.toEqual([]);

    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toEqual({ kind: "ok", recorded: 0 });
    expect(await runEvents(world.connectionId)).toHaveLength(251);
  });

  it("gives one run for an event that arrives both by webhook and by sync, in either order", async () => {
    const world = await syncWorld();
    await round("worker-a");
    const webhookFirst = makeEvent();
    expect((await lib.recordStripeEvent({ connection: world.connection, event: webhookFirst })).runIds).toHaveLength(1);
    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toEqual({ kind: "ok", recorded: 0 });

    const syncFirst = makeEvent();
    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toEqual({ kind: "ok", recorded: 1 });
    expect(await lib.recordStripeEvent({ connection: world.connection, event: syncFirst })).toMatchObject({ duplicate: true, runIds: [] });
    expect(await runEvents(world.connectionId)).toEqual([webhookFirst.id, syncFirst.id]);
  });

  it("catches up a webhook-mode connection on the events Stripe made that never arrived", async () => {
    const world = await syncWorld({ signingSecret: SIGNING_SECRET });
    const [started] = await round("worker-a");
    expect(started).toMatchObject({ connectionId: world.connectionId, catchUp: { kind: "ok", recorded: 0 } });
    expect(started?.poll).toBeUndefined();
    const delivered = makeEvent();
    await lib.recordStripeEvent({ connection: world.connection, event: delivered });
    const missed = [makeEvent(), makeEvent()];
    await lib.db.stripeSync.update({ where: { connectionId: world.connectionId }, data: { nextCatchUpAt: new Date() } });
    const [caughtUp] = await round("worker-a");
    expect(caughtUp?.catchUp).toMatchObject({ kind: "ok", recorded: 2 });
    expect((await runEvents(world.connectionId)).toSorted()).toEqual([delivered, ...missed].map((event) => event.id).toSorted());
    expect(eventListRequests().every((request) => request.query.ending_before === undefined)).toBe(true);
  });

  it("forgets a connection whose zaps are all off: what Stripe made meanwhile does not run the zap turned on again", async () => {
    const world = await syncWorld();
    await round("worker-a");
    const before = makeEvent();
    await makeDue(world.connectionId);
    await round("worker-a");
    await lib.db.zap.update({ where: { id: world.zapId }, data: { enabled: false } });
    await round("worker-a");
    expect(await lib.db.stripeSync.findUnique({ where: { connectionId: world.connectionId } })).toBeNull();

    const whileOff = makeEvent(Math.floor(Date.now() / 1000) - 2);
    await lib.db.zap.update({ where: { id: world.zapId }, data: { enabled: true } });
    expect((await round("worker-a"))[0]).toMatchObject({ poll: { kind: "ok", recorded: 0 }, catchUp: { kind: "ok", recorded: 0 } });
    const after = makeEvent();
    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toEqual({ kind: "ok", recorded: 1 });
    expect(await runEvents(world.connectionId)).toEqual([before.id, after.id]);
    expect(await runEvents(world.connectionId)).not.toContain(whileOff.id);
  });

  it("pauses a connection whose key Stripe refuses, says why, emails the owner once, and resumes with a new key", async () => {
    const world = await syncWorld({ secretKey: TEST_KEYS.revoked });
    const [result] = await round("worker-a");
    expect(result?.paused).toMatch(
      /^Conduit stopped checking Stripe for new events: Stripe refused the connection's API key \(HTTP 401: Expired API Key provided/,
    );
    const status = await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId });
    expect(status).toMatchObject({ mode: "sync", syncing: false, pausedReason: result?.paused, error: result?.paused });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.subject).toBe("Conduit: Stripe events of stripe (test) are not being read");
    expect(smtp.received[0]?.text).toContain("Expired API Key provided");
    // Another user sees nothing of it.
    const stranger = await lib.db.user.create({ data: { email: `stranger-${randomUUID()}@example.com`, passwordHash: "not-used" } });
    expect(await lib.getStripeSyncStatus({ userId: stranger.id, connectionId: world.connectionId })).toBeNull();

    // Paused: no more calls to Stripe, no more emails.
    standIn.requests.length = 0;
    await lib.db.stripeSync.update({ where: { connectionId: world.connectionId }, data: { nextPollAt: new Date(), nextCatchUpAt: new Date() } });
    await round("worker-a");
    expect(eventListRequests()).toEqual([]);
    expect(smtp.received).toHaveLength(1);

    // The owner replaces the key: sync resumes and catches up.
    const event = makeEvent();
    const sealed = lib.sealConnectionSecrets({ connectionId: world.connectionId, secrets: { secretKey: TEST_KEYS.secret } });
    const connection = await lib.db.connection.findUniqueOrThrow({ where: { id: world.connectionId } });
    await lib.db.connection.update({
      where: { id: world.connectionId },
      data: {
        secretsKeyId: sealed.keyId,
        secretsCiphertext: sealed.ciphertext,
        config: { ...(connection.config as object), keyLast4: TEST_KEYS.secret.slice(-4) },
      },
    });
    await lib.db.stripeSync.update({ where: { connectionId: world.connectionId }, data: { nextPollAt: new Date() } });
    expect((await round("worker-a"))[0]).toMatchObject({ resumed: true, poll: { kind: "ok", recorded: 1 } });
    expect(await runEvents(world.connectionId)).toEqual([event.id]);
    expect(await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId })).toMatchObject({
      syncing: true,
      pausedReason: null,
      error: null,
      lastEvent: { type: "customer.subscription.deleted" },
      lastPolledAt: expect.any(Date),
    });
    expect(await syncOf(world.connectionId)).toMatchObject({ pausedReason: null, pausedReasonMessage: null, lastError: null, lastErrorMessage: null });
  });

  it("says why sync paused in the viewer's language on the Connections page, and in the owner's in the email (pt-BR)", async () => {
    const world = await syncWorld({ secretKey: TEST_KEYS.revoked });
    await lib.db.user.update({ where: { id: world.userId }, data: { locale: "pt-BR" } });
    const [result] = await round("worker-a");
    // Stripe's own words stay as Stripe wrote them.
    const stripeMessage = /\(HTTP 401: (.+)\)\. Reconnect Stripe/.exec(result?.paused ?? "")?.[1];
    expect(stripeMessage).toMatch(/^Expired API Key provided: sk_test_/);
    const portuguese = `O Conduit parou de consultar o Stripe em busca de novos eventos: O Stripe recusou a chave de API da conexão (HTTP 401: ${stripeMessage}). Conecte o Stripe de novo com uma chave secreta ou restrita atual.`;

    const t = await translator({ locale: "pt-BR" });
    const status = await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId, t });
    expect(status).toMatchObject({ syncing: false, pausedReason: portuguese, error: portuguese });
    // The columns keep the English; the API and logs read it.
    expect(await syncOf(world.connectionId)).toMatchObject({
      pausedReason: result?.paused,
      lastError: result?.paused,
      pausedReasonMessage: { key: "connections.stripeSync.paused" },
      lastErrorMessage: { key: "connections.stripeSync.paused" },
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.text).toContain(`\n\n${portuguese}\n\n`);
    expect(smtp.received[0]?.text).not.toContain("Conduit stopped checking");
  });

  it("says in the viewer's language that Stripe lost the cursor, until the next poll succeeds (pt-BR)", async () => {
    const world = await syncWorld();
    await round("worker-a");
    makeEvent();
    await makeDue(world.connectionId);
    await round("worker-a");
    expect((await syncOf(world.connectionId)).cursor).not.toBeNull();
    standIn.failNext({
      status: 400,
      path: "/v1/events",
      body: { error: { type: "invalid_request_error", code: "resource_missing", param: "ending_before", message: "No such event: 'evt_gone'" } },
    });
    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toMatchObject({ kind: "cursor_gone" });

    const t = await translator({ locale: "pt-BR" });
    expect((await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId, t }))?.error).toBe(
      "O Stripe não tem mais o último evento que o Conduit leu (o Stripe guarda os eventos por 30 dias); a leitura continua a partir do horário desse evento.",
    );
    expect((await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId }))?.error).toBe(
      "Stripe no longer has the last event Conduit read (Stripe keeps events for 30 days); reading resumes from its time.",
    );

    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toMatchObject({ kind: "ok" });
    expect(await syncOf(world.connectionId)).toMatchObject({ lastError: null, lastErrorMessage: null });
    expect((await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId, t }))?.error).toBeNull();
  });

  it("backs off after a 429, with the reason visible, and recovers", async () => {
    const world = await syncWorld();
    await round("worker-a");
    standIn.failNext({ status: 429, path: "/v1/events" });
    await makeDue(world.connectionId);
    const before = Date.now();
    expect((await round("worker-a"))[0]?.poll).toMatchObject({ kind: "rate_limited" });
    const sync = await syncOf(world.connectionId);
    expect(sync).toMatchObject({ failures: 1, lastError: expect.stringMatching(/Stripe is limiting the request rate \(HTTP 429/) });
    // Twice the interval, ±50 %.
    expect(sync.nextPollAt.getTime() - before).toBeGreaterThanOrEqual(INTERVAL_MS - 50);
    expect(sync.nextPollAt.getTime() - before).toBeLessThanOrEqual(3 * INTERVAL_MS + 50);
    expect(await round("worker-a")).toEqual([]);
    expect((await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId }))?.error).toMatch(/HTTP 429/);
    const t = await translator({ locale: "pt-BR" });
    expect((await lib.getStripeSyncStatus({ userId: world.userId, connectionId: world.connectionId, t }))?.error).toMatch(
      /^O Stripe está limitando a taxa de requisições \(HTTP 429: Request rate limit exceeded\./,
    );

    const event = makeEvent();
    await makeDue(world.connectionId);
    expect((await round("worker-a"))[0]?.poll).toEqual({ kind: "ok", recorded: 1 });
    expect(await syncOf(world.connectionId)).toMatchObject({ failures: 0, lastError: null, lastErrorMessage: null });
    expect(await runEvents(world.connectionId)).toEqual([event.id]);
  });
});
