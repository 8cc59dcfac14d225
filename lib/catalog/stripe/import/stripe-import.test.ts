// "Import past events" against the Stripe stand-in (the real `stripe` SDK), with real PostgreSQL and
// Redis: counting a range, running only the events the zap never ran (marked imported), a second
// import of the same range running nothing, the run history's filter, and the errors a user can fix.
// Also the intake override (lib/catalog/stripe/intake/set-stripe-intake-mode.ts), which needs the same world.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { applyMigrations } from "@/lib/database/apply-migrations";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";

const SIGNING_SECRET = "whsec_stripe_import_test_secret_0001";
const DAY_S = 24 * 3600;
let standIn: StripeStandIn;
let database: ScratchDatabase;
let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis");
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  importsQueue: typeof import("@/lib/queue/imports-queue").importsQueue;
  startStripeImport: typeof import("@/lib/catalog/stripe/import/start-stripe-import").startStripeImport;
  confirmStripeImport: typeof import("@/lib/catalog/stripe/import/confirm-stripe-import").confirmStripeImport;
  processStripeImport: typeof import("@/lib/catalog/stripe/import/process-stripe-import").processStripeImport;
  getStripeImport: typeof import("@/lib/catalog/stripe/import/get-stripe-import").getStripeImport;
  listRuns: typeof import("@/lib/runs/list-runs").listRuns;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  setStripeIntakeMode: typeof import("@/lib/catalog/stripe/intake/set-stripe-intake-mode").setStripeIntakeMode;
  runStripeSyncRound: typeof import("@/lib/catalog/stripe/intake/run-stripe-sync-round").runStripeSyncRound;
  createStripeSyncZap: typeof import("@/test/create-stripe-sync-zap").createStripeSyncZap;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_stripe_import_test" });
  await applyMigrations({ databaseUrl: database.url });
  standIn = (await startStripeTestbed()).standIn;
  reloadWithEnv({ DATABASE_URL: database.url, REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-stripe-import`, STRIPE_API_BASE: standIn.url });
  lib = {
    db: (await import("@/lib/db")).db,
    redis: await import("@/lib/redis"),
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    importsQueue: (await import("@/lib/queue/imports-queue")).importsQueue,
    startStripeImport: (await import("@/lib/catalog/stripe/import/start-stripe-import")).startStripeImport,
    confirmStripeImport: (await import("@/lib/catalog/stripe/import/confirm-stripe-import")).confirmStripeImport,
    processStripeImport: (await import("@/lib/catalog/stripe/import/process-stripe-import")).processStripeImport,
    getStripeImport: (await import("@/lib/catalog/stripe/import/get-stripe-import")).getStripeImport,
    listRuns: (await import("@/lib/runs/list-runs")).listRuns,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    setStripeIntakeMode: (await import("@/lib/catalog/stripe/intake/set-stripe-intake-mode")).setStripeIntakeMode,
    runStripeSyncRound: (await import("@/lib/catalog/stripe/intake/run-stripe-sync-round")).runStripeSyncRound,
    createStripeSyncZap: (await import("@/test/create-stripe-sync-zap")).createStripeSyncZap,
  };
});

afterEach(async () => {
  standIn.reset();
  await lib.db.user.deleteMany();
});

afterAll(async () => {
  await lib?.runsQueue().close();
  await lib?.importsQueue().close();
  await lib?.redis.redis().quit();
  await lib?.db.$disconnect();
  await standIn?.close();
  await database?.drop();
});

const world = ({ secretKey = TEST_KEYS.secret, signingSecret }: { secretKey?: string; signingSecret?: string } = {}) =>
  lib.createStripeSyncZap({ accountId: TEST_ACCOUNT.id, secretKey, ...(signingSecret ? { signingSecret } : {}) });
const canceledSubscription = (subscriptionDeleted as unknown as Stripe.Event).data.object as unknown as JsonObject;
const now = () => Math.floor(Date.now() / 1000);
const makeEvent = (created: number, type = "customer.subscription.deleted") =>
  standIn.createEvent({ type, object: canceledSubscription, created }).event as unknown as Stripe.Event;
const range = (zapId: string, fromDaysAgo = 10) => ({ zapId, from: new Date(Date.now() - fromDaysAgo * DAY_S * 1000), to: new Date() });
const eventPages = () => standIn.requests.filter((request) => request.method === "GET" && request.path === "/v1/events").length;

/** Starts an import and lets the worker's job count it, as the queue would. */
async function countRange({ userId, input }: { userId: string; input: ReturnType<typeof range> }) {
  const started = await lib.startStripeImport({ userId, input });
  if (!started.ok) throw new Error(started.message);
  expect(started.import.status).toBe("counting");
  await lib.processStripeImport({ importId: started.import.id, apiBase: standIn.url });
  return (await lib.getStripeImport({ userId, importId: started.import.id }))!;
}

async function importCounted({ userId, importId }: { userId: string; importId: string }) {
  const confirmed = await lib.confirmStripeImport({ userId, importId });
  if (!confirmed.ok) throw new Error(confirmed.message);
  expect(confirmed.import.status).toBe("importing");
  await lib.processStripeImport({ importId, apiBase: standIn.url });
  return (await lib.getStripeImport({ userId, importId }))!;
}

describe("Import past events", () => {
  it("counts the range's events of the zap's types, runs only those without a run of the zap, marks them, and runs nothing the second time", async () => {
    const { userId, zapId, connection } = await world();
    makeEvent(now() - 20 * DAY_S); // before the range
    const past = Array.from({ length: 105 }, (_, index) => makeEvent(now() - 5 * DAY_S + index));
    makeEvent(now() - 4 * DAY_S, "customer.created"); // not the trigger's type
    // One of them reached Conduit when it happened: the zap already ran it.
    await lib.recordStripeEvent({ connection, event: past[50]! });
    const before = eventPages();

    const counted = await countRange({ userId, input: range(zapId) });
    expect(counted).toMatchObject({ status: "counted", total: 105, alreadyRun: 1, notMatching: 0, toImport: 104, imported: 0 });
    expect(eventPages() - before).toBe(2); // 100 a page
    expect(await lib.db.run.count({ where: { zapId } })).toBe(1); // counting runs nothing

    const done = await importCounted({ userId, importId: counted.id });
    expect(done).toMatchObject({ status: "done", imported: 104, processed: 105, error: null });
    const runs = await lib.db.run.findMany({ where: { zapId }, select: { isImported: true, status: true, event: { select: { stripeEventId: true } } } });
    expect(runs).toHaveLength(105);
    expect(runs.filter((run) => run.isImported)).toHaveLength(104);
    expect(runs.find((run) => run.event.stripeEventId === past[50]!.id)?.isImported).toBe(false);
    expect(new Set(runs.map((run) => run.event.stripeEventId)).size).toBe(105);
    // Runs are made oldest event first: the oldest page's 5 events before the newest page's 100.
    const createdAt = async (events: Stripe.Event[]) =>
      (
        await lib.db.run.findMany({
          where: { zapId, isImported: true, event: { stripeEventId: { in: events.map((event) => event.id) } } },
          select: { createdAt: true },
        })
      ).map((run) => run.createdAt.getTime());
    expect(Math.max(...(await createdAt(past.slice(0, 5))))).toBeLessThanOrEqual(Math.min(...(await createdAt(past.slice(5)))));
    expect(await lib.db.stripeEvent.count({ where: { connectionId: connection.id } })).toBe(105);

    const again = await countRange({ userId, input: range(zapId) });
    expect(again).toMatchObject({ total: 105, alreadyRun: 105, toImport: 0 });
    expect(await importCounted({ userId, importId: again.id })).toMatchObject({ status: "done", imported: 0 });
    expect(await lib.db.run.count({ where: { zapId } })).toBe(105);
  });

  it("the run history filters imported runs and received ones", async () => {
    const { userId, zapId, connection } = await world();
    const [old, recent] = [makeEvent(now() - 3 * DAY_S), makeEvent(now() - 2 * DAY_S)];
    await lib.recordStripeEvent({ connection, event: recent });
    const counted = await countRange({ userId, input: range(zapId) });
    await importCounted({ userId, importId: counted.id });

    const imported = await lib.listRuns({ userId, filters: { origin: "imported" } });
    const received = await lib.listRuns({ userId, filters: { origin: "received" } });
    const all = await lib.listRuns({ userId });
    expect(imported.map((run) => [run.isImported, run.zapId])).toEqual([[true, zapId]]);
    expect(received.map((run) => run.isImported)).toEqual([false]);
    expect(all).toHaveLength(2);
    const importedEvent = await lib.db.run.findUniqueOrThrow({ where: { id: imported[0]!.id }, select: { event: { select: { stripeEventId: true } } } });
    expect(importedEvent.event.stripeEventId).toBe(old.id);
  });

  it("refuses a start before an earlier connection of the same account was deleted: its run history went with it", async () => {
    const { userId, zapId } = await world();
    const deletedAt = new Date(Date.now() - 2 * DAY_S * 1000);
    const accountKey = `${TEST_ACCOUNT.id}:test`; // the test-mode key world() connects with
    await lib.db.deletedConnection.create({ data: { id: randomUUID(), userId, app: "stripe", label: "Old", accountKey, turnedOffZapIds: [], deletedAt } });
    const refused = await lib.startStripeImport({ userId, input: range(zapId, 5) });
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(/earlier connection of this Stripe account, deleted then .*choose a start after/),
      problem: { code: "earlierConnection", values: { time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) } },
    });
    expect(await lib.startStripeImport({ userId, input: range(zapId, 1) })).toMatchObject({ ok: true });
  });

  it("refuses a range Stripe no longer holds, or one that ends before it starts, and names what to choose", async () => {
    const { userId, zapId } = await world();
    const tooOld = await lib.startStripeImport({ userId, input: range(zapId, 31) });
    expect(tooOld).toEqual({
      ok: false,
      message: expect.stringMatching(/Stripe keeps events for 30 days only: choose a start after \d{4}-\d\d-\d\d \d\d:\d\d UTC\./),
      problem: { code: "tooOld", values: { oldest: expect.any(String) } },
    });
    const backwards = await lib.startStripeImport({ userId, input: { zapId, from: new Date(), to: new Date(Date.now() - 60_000) } });
    expect(backwards).toEqual({ ok: false, message: expect.stringMatching(/must end after it starts/), problem: { code: "endBeforeStart" } });
    const stranger = await lib.db.user.create({ data: { email: `stranger-${Date.now()}@example.com`, passwordHash: "x" } });
    expect(await lib.startStripeImport({ userId: stranger.id, input: range(zapId) })).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(await lib.db.stripeEventImport.count()).toBe(0);
  });

  it("fails with what to do when the key may not read events", async () => {
    const { userId, zapId } = await world({ secretKey: TEST_KEYS.customersOnly });
    makeEvent(now() - DAY_S);
    const counted = await countRange({ userId, input: range(zapId) });
    expect(counted.status).toBe("failed");
    expect(counted.error).toMatch(/Stripe refused to list this account's events: .*Events: Read.*Connections page/);
    expect(await lib.db.stripeEventImport.findUniqueOrThrow({ where: { id: counted.id } })).toMatchObject({
      error: counted.error,
      errorMessage: { key: "imports.errors.keyRefused" },
    });

    // The import page reads it in the viewer's language; Stripe's own words stay as Stripe wrote them.
    const [, http, permission] =
      /\((HTTP 403: .+)\)\. Edit the restricted key in Stripe \(Developers → API keys\) to grant (\S+), or use a secret key\./.exec(counted.error ?? "") ?? [];
    expect(http).toBeDefined();
    expect((await lib.getStripeImport({ userId, importId: counted.id, locale: "pt-BR" }))?.error).toBe(
      `O Stripe se recusou a listar os eventos desta conta: O Stripe recusou: a chave da conexão não tem uma permissão necessária (${http}). ` +
        `No Stripe, edite a chave restrita (Developers → API keys) para conceder ${permission}, ou use uma chave secreta. ` +
        "Para importar, é preciso uma chave que possa ler eventos (uma chave secreta ou uma chave restrita com Events: Read): troque a chave na página Integrações e importe de novo.",
    );
  });

  it("fails in the viewer's language when Stripe cannot list the events, and when the zap can no longer import (pt-BR)", async () => {
    const { userId, zapId } = await world();
    makeEvent(now() - DAY_S);
    standIn.failNext({ status: 400, path: "/v1/events", body: { error: { type: "invalid_request_error", message: "Scripted refusal." } } });
    const counted = await countRange({ userId, input: range(zapId) });
    expect(counted).toMatchObject({
      status: "failed",
      error:
        "Stripe could not list the events: Stripe rejected the request (HTTP 400: Scripted refusal.). Nothing more was imported; start the import again to go on (events already run are skipped).",
    });
    expect((await lib.getStripeImport({ userId, importId: counted.id, locale: "pt-BR" }))?.error).toBe(
      "O Stripe não conseguiu listar os eventos: O Stripe rejeitou a requisição (HTTP 400: Scripted refusal.). Nada mais foi importado; inicie a importação de novo para continuar (os eventos já executados são ignorados).",
    );

    // The zap was unpublished after the import was counted: the worker's job fails it with what to do.
    const again = await countRange({ userId, input: range(zapId) });
    expect(again.status).toBe("counted");
    expect((await lib.confirmStripeImport({ userId, importId: again.id })).ok).toBe(true);
    await lib.db.zap.update({ where: { id: zapId }, data: { publishedVersionId: null } });
    await lib.processStripeImport({ importId: again.id, apiBase: standIn.url });
    expect(await lib.getStripeImport({ userId, importId: again.id })).toMatchObject({
      status: "failed",
      error: "Publish the zap first: imported events run its published version.",
    });
    expect(await lib.getStripeImport({ userId, importId: again.id, locale: "pt-BR" })).toMatchObject({
      status: "failed",
      error: "Publique o zap primeiro: os eventos importados executam a versão publicada.",
    });
  });
});

describe("Intake override", () => {
  it("forced sync polls even with a signing secret; automatic goes back to the webhook", async () => {
    const { userId, connectionId, zapId } = await world({ signingSecret: SIGNING_SECRET });
    const round = () => lib.runStripeSyncRound({ holder: "worker-a", leaseMs: 30_000, intervalMs: 5_000, apiBase: standIn.url });
    await round();
    const pollsBefore = eventPages();
    await lib.db.stripeSync.update({ where: { connectionId }, data: { nextPollAt: new Date() } });
    await round();
    expect(eventPages()).toBe(pollsBefore); // webhook mode: nothing to poll

    expect(await lib.setStripeIntakeMode({ userId, connectionId, choice: "sync" })).toEqual({ ok: true, mode: "sync", choice: "sync" });
    const event = makeEvent(now());
    const [result] = await round();
    expect(result?.poll).toMatchObject({ kind: "ok", recorded: 1 });
    expect((await lib.db.run.findFirstOrThrow({ where: { zapId }, select: { event: { select: { stripeEventId: true } } } })).event.stripeEventId).toBe(
      event.id,
    );

    expect(await lib.setStripeIntakeMode({ userId, connectionId, choice: "automatic" })).toEqual({ ok: true, mode: "webhook", choice: "automatic" });
    expect((await lib.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).config).not.toHaveProperty("intake");
  });

  it("refuses forced webhook without a working endpoint, saying how to get one", async () => {
    const { userId, connectionId } = await world();
    const refused = await lib.setStripeIntakeMode({ userId, connectionId, choice: "webhook", appUrl: "http://localhost:3000" });
    const url = `http://localhost:3000/api/webhooks/stripe/${connectionId}`;
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining(`stripe listen --forward-to ${url}`),
      errorCodes: { message: { code: "stripe.webhookNotReady", values: { url } } },
    });
    // The action words the code from the messages files: the same English, and Portuguese.
    const { translator } = await import("@/lib/i18n/translator");
    expect((await translator({ locale: "en" }))("connections.errors.stripe.webhookNotReady", { url })).toBe(refused.ok ? "" : refused.message);
    expect((await translator({ locale: "pt-BR" }))("connections.errors.stripe.webhookNotReady", { url })).toContain(
      `rode \`stripe listen --forward-to ${url}\``,
    );
    expect((await lib.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).config).not.toHaveProperty("intake");
    const stranger = await lib.db.user.create({ data: { email: `stranger-${Date.now()}@example.com`, passwordHash: "x" } });
    expect(await lib.setStripeIntakeMode({ userId: stranger.id, connectionId, choice: "sync" })).toMatchObject({ ok: false });
  });
});
