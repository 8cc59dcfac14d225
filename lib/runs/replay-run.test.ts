// Replays against real PostgreSQL and Redis, executed with the real customerio-node SDK pointed at the stand-in.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import type { Filter } from "@/lib/filters/schema";
import type { StepConfig } from "@/lib/zaps/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "site-replay", trackApiKey: "track-key-replay", appApiKey: "app-key-replay" };
let standIn: CustomerioStandIn;
let lib: {
  db: typeof import("@/lib/db").db;
  executeRun: typeof import("@/lib/runs/execute-run").executeRun;
  recordStripeEvent: typeof import("@/lib/catalog/stripe/intake/record-stripe-event").recordStripeEvent;
  createPublishedZap: typeof import("@/test/create-published-zap").createPublishedZap;
  replayRun: typeof import("@/lib/runs/replay-run").replayRun;
  replayFailedRuns: typeof import("@/lib/runs/replay-failed-runs").replayFailedRuns;
  runsQueue: typeof import("@/lib/queue/runs-queue").runsQueue;
  publishZap: typeof import("@/lib/zaps/publish-zap").publishZap;
};

beforeAll(async () => {
  standIn = await startCustomerioStandIn({ workspaces: [WORKSPACE] });
  reloadWithEnv({
    CUSTOMERIO_TRACK_URL: standIn.trackUrl,
    CUSTOMERIO_APP_URL: standIn.appUrl,
    // Its own key prefix: the worker another test file starts must not take the replays queued here.
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-replay`,
  });
  lib = {
    db: (await import("@/lib/db")).db,
    executeRun: (await import("@/lib/runs/execute-run")).executeRun,
    recordStripeEvent: (await import("@/lib/catalog/stripe/intake/record-stripe-event")).recordStripeEvent,
    createPublishedZap: (await import("@/test/create-published-zap")).createPublishedZap,
    replayRun: (await import("@/lib/runs/replay-run")).replayRun,
    replayFailedRuns: (await import("@/lib/runs/replay-failed-runs")).replayFailedRuns,
    runsQueue: (await import("@/lib/queue/runs-queue")).runsQueue,
    publishZap: (await import("@/lib/zaps/publish-zap")).publishZap,
  };
});
beforeEach(() => standIn.reset());
afterAll(async () => {
  await lib.runsQueue().close();
  await standIn.close();
});

const event = subscriptionDeleted as unknown as Stripe.Event;

const personThenEmail = (customerioId: string): StepConfig[] => [
  { id: "person", app: "customerio", key: "identify_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
  {
    id: "receipt",
    app: "customerio",
    key: "send_transactional_email",
    connectionId: customerioId,
    inputs: { transactionalMessageId: "7", to: "{{trigger.customer}}@example.com", identifierType: "id", identifier: "{{steps.person.personId}}" },
  },
];
/** Fails at its first step, before any call to Customer.io (an identifier over 150 bytes). */
const invalidPerson = (customerioId: string): StepConfig[] => [
  { id: "person", app: "customerio", key: "identify_person", connectionId: customerioId, inputs: { personId: "x".repeat(151) } },
];

async function zapWithRuns({
  steps = personThenEmail,
  filter = null,
  count = 1,
}: { steps?: (id: string) => StepConfig[]; filter?: Filter | null; count?: number } = {}) {
  const zap = await lib.createPublishedZap({ customerio: WORKSPACE, steps, filter });
  const runIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const recorded = await lib.recordStripeEvent({
      connection: { id: zap.stripeId, userId: zap.userId },
      event: { ...event, id: `evt_${randomUUID().replaceAll("-", "")}` },
    });
    runIds.push(...recorded.runIds);
  }
  return { ...zap, runIds };
}

const loadRun = (runId: string) => lib.db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: { orderBy: { stepIndex: "asc" } } } });
const calls = (method: string, pathPart: string) => standIn.requests.filter((request) => request.method === method && request.path.includes(pathPart));

/** A run whose first step succeeded and whose second was rejected by Customer.io. */
async function failedAtSecondStep() {
  const zap = await zapWithRuns();
  const [runId = ""] = zap.runIds;
  standIn.failNext({ status: 400, api: "app" });
  expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "failed" });
  return { ...zap, runId };
}

describe("replayRun", () => {
  it("from the failed step: copies the steps that succeeded, and the executor resumes at the failed one", async () => {
    const { userId, runId } = await failedAtSecondStep();
    const original = await loadRun(runId);
    expect(original.steps.map((step) => step.status)).toEqual(["SUCCEEDED", "FAILED"]);

    const result = await lib.replayRun({ userId, runId, mode: "from_failed_step" });
    if (!result.ok) throw new Error(result.message);
    const replay = await loadRun(result.runId);
    expect(replay).toMatchObject({
      status: "QUEUED",
      replayOfId: runId,
      replayNumber: 1,
      zapVersionId: original.zapVersionId,
      eventId: original.eventId,
      attempts: 0,
    });
    const [copied] = replay.steps;
    const [succeeded] = original.steps;
    expect(replay.steps).toHaveLength(1);
    expect(copied).toMatchObject({
      stepIndex: 0,
      status: "SUCCEEDED",
      input: succeeded?.input,
      output: succeeded?.output,
      startedAt: succeeded?.startedAt,
      durationMs: succeeded?.durationMs,
    });
    expect(copied?.request).toEqual(succeeded?.request);
    expect(copied?.request).toEqual([expect.objectContaining({ method: "PUT" })]);
    expect(await (await lib.runsQueue().getJob(result.runId))?.getState()).toMatch(/waiting|delayed|prioritized/);

    standIn.requests.length = 0;
    expect(await lib.executeRun({ runId: result.runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(calls("PUT", "/customers/")).toHaveLength(0);
    expect(calls("POST", "/send/email")).toHaveLength(1);
    expect((await loadRun(result.runId)).steps.map((step) => step.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(await loadRun(runId)).toMatchObject({ status: "FAILED" });
  });

  it("on the current version: pins the zap's current published version and starts over", async () => {
    const { userId, zapId, runId } = await failedAtSecondStep();
    const republished = await lib.publishZap({ userId, zapId, verifyConnections: false });
    if (!republished.ok) throw new Error("publish failed");

    const result = await lib.replayRun({ userId, runId, mode: "current_version" });
    if (!result.ok) throw new Error(result.message);
    const replay = await loadRun(result.runId);
    expect(replay).toMatchObject({ status: "QUEUED", replayOfId: runId, zapVersionId: republished.versionId, steps: [] });

    standIn.requests.length = 0;
    expect(await lib.executeRun({ runId: result.runId, isLastAttempt: false })).toEqual({ outcome: "succeeded" });
    expect(calls("PUT", "/customers/")).toHaveLength(1);
  });

  it("numbers each replay of one event in turn, and a failed replay can itself be replayed", async () => {
    const { userId, runId } = await zapWithRuns({ steps: invalidPerson }).then(async (zap) => {
      const [id = ""] = zap.runIds;
      await lib.executeRun({ runId: id, isLastAttempt: false });
      return { ...zap, runId: id };
    });
    const first = await lib.replayRun({ userId, runId, mode: "from_failed_step" });
    if (!first.ok) throw new Error(first.message);
    await lib.executeRun({ runId: first.runId, isLastAttempt: false });
    const second = await lib.replayRun({ userId, runId: first.runId, mode: "from_failed_step" });
    if (!second.ok) throw new Error(second.message);
    expect(await loadRun(second.runId)).toMatchObject({ replayOfId: first.runId, replayNumber: 2 });
  });

  it("replays a run once: a second replay while the first is queued is refused, and replay-all skips it", async () => {
    const { userId, zapId, runId } = await failedAtSecondStep();
    const [first, second] = await Promise.all([
      lib.replayRun({ userId, runId, mode: "from_failed_step" }),
      lib.replayRun({ userId, runId, mode: "from_failed_step" }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((result) => !result.ok)).toEqual({ ok: false, message: "This run has already been replayed: open its replay below." });
    expect(await lib.db.run.count({ where: { replayOfId: runId } })).toBe(1);
    await lib.db.run.updateMany({ where: { replayOfId: runId }, data: { status: "QUEUED" } });
    expect(await lib.replayFailedRuns({ userId, zapId, mode: "from_failed_step" })).toMatchObject({ ok: true, count: 0 });
  });

  it("refuses runs that did not fail, with a reason", async () => {
    const zap = await zapWithRuns({ count: 2 });
    const [succeededId = "", queuedId = ""] = zap.runIds;
    await lib.executeRun({ runId: succeededId, isLastAttempt: false });
    expect(await lib.replayRun({ userId: zap.userId, runId: succeededId, mode: "from_failed_step" })).toEqual({
      ok: false,
      message: expect.stringMatching(/succeeded/),
    });
    expect(await lib.replayRun({ userId: zap.userId, runId: succeededId, mode: "current_version" })).toEqual({
      ok: false,
      message: expect.stringMatching(/succeeded/),
    });
    expect(await lib.replayRun({ userId: zap.userId, runId: queuedId, mode: "current_version" })).toEqual({
      ok: false,
      message: expect.stringMatching(/not finished/),
    });
    expect(await lib.db.run.count({ where: { zapId: zap.zapId } })).toBe(2);
  });

  it("replays a filtered run only on the current version", async () => {
    const zap = await zapWithRuns({ filter: { groups: [{ rules: [{ field: "trigger.status", operator: "equals", value: "active" }] }] } });
    const [runId = ""] = zap.runIds;
    expect(await lib.executeRun({ runId, isLastAttempt: false })).toEqual({ outcome: "filtered" });
    expect(await lib.replayRun({ userId: zap.userId, runId, mode: "from_failed_step" })).toEqual({ ok: false, message: expect.stringMatching(/filtered out/) });
    expect(await lib.replayRun({ userId: zap.userId, runId, mode: "current_version" })).toMatchObject({ ok: true });
  });

  it("refuses to replay on the current version when the zap has no published version", async () => {
    const { userId, zapId, runId } = await failedAtSecondStep();
    await lib.db.zap.update({ where: { id: zapId }, data: { publishedVersionId: null } });
    expect(await lib.replayRun({ userId, runId, mode: "current_version" })).toEqual({ ok: false, message: expect.stringMatching(/no published version/) });
    expect(await lib.replayRun({ userId, runId, mode: "from_failed_step" })).toMatchObject({ ok: true });
  });

  it("treats another user's run as not found", async () => {
    const { runId } = await failedAtSecondStep();
    const stranger = await zapWithRuns({ count: 0 });
    expect(await lib.replayRun({ userId: stranger.userId, runId, mode: "from_failed_step" })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await lib.db.run.count({ where: { replayOfId: runId } })).toBe(0);
  });
});

describe("replayFailedRuns", () => {
  it("replays each failed run of the zap that was not replayed yet, once", async () => {
    const zap = await zapWithRuns({ steps: invalidPerson, count: 3 });
    for (const runId of zap.runIds) await lib.executeRun({ runId, isLastAttempt: false });
    const [alreadyReplayed = ""] = zap.runIds;
    const single = await lib.replayRun({ userId: zap.userId, runId: alreadyReplayed, mode: "from_failed_step" });
    expect(single.ok).toBe(true);

    expect(await lib.replayFailedRuns({ userId: zap.userId, zapId: zap.zapId, mode: "from_failed_step" })).toEqual({ ok: true, count: 2, more: false });
    const replays = await lib.db.run.findMany({ where: { zapId: zap.zapId, replayOfId: { not: null } }, select: { replayOfId: true } });
    expect(replays.map((run) => run.replayOfId).sort()).toEqual([...zap.runIds].sort());
    expect(await lib.replayFailedRuns({ userId: zap.userId, zapId: zap.zapId, mode: "current_version" })).toEqual({ ok: true, count: 0, more: false });
  });

  it("works in bounded batches", async () => {
    const zap = await zapWithRuns({ steps: invalidPerson, count: 3 });
    for (const runId of zap.runIds) await lib.executeRun({ runId, isLastAttempt: false });
    expect(await lib.replayFailedRuns({ userId: zap.userId, zapId: zap.zapId, mode: "from_failed_step", batch: 2 })).toEqual({
      ok: true,
      count: 2,
      more: true,
    });
    expect(await lib.replayFailedRuns({ userId: zap.userId, zapId: zap.zapId, mode: "from_failed_step", batch: 2 })).toEqual({
      ok: true,
      count: 1,
      more: false,
    });
  });

  it("does nothing for another user's zap", async () => {
    const zap = await zapWithRuns({ steps: invalidPerson });
    for (const runId of zap.runIds) await lib.executeRun({ runId, isLastAttempt: false });
    const stranger = await zapWithRuns({ count: 0 });
    expect(await lib.replayFailedRuns({ userId: stranger.userId, zapId: zap.zapId, mode: "from_failed_step" })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await lib.db.run.count({ where: { zapId: zap.zapId } })).toBe(1);
  });
});
