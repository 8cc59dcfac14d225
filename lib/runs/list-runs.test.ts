// The run history's queries against real PostgreSQL: filters, cursor pages, run details, owner scoping.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { getRun } from "@/lib/runs/get-run";
import { listRunPage } from "@/lib/runs/list-run-page";
import { listRuns } from "@/lib/runs/list-runs";
import { createOwnedRecords } from "@/test/create-owned-records";

/** A user with two zaps and runs at known times (one event each). */
async function history() {
  const owned = await createOwnedRecords({ label: "history" });
  const other = await db.zap.create({ data: { userId: owned.user.id, name: "Second zap", draft: {} } });
  const otherVersion = await db.zapVersion.create({ data: { zapId: other.id, number: 1, definition: {} } });
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 12, minute));
  const addRun = async ({
    zap,
    minute,
    status,
    isTest = false,
    type = "invoice.paid",
  }: {
    zap: "first" | "second";
    minute: number;
    status: RunStatus;
    isTest?: boolean;
    type?: string;
  }) => {
    const event = await db.stripeEvent.create({
      data: {
        connectionId: owned.connection.id,
        stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
        type,
        livemode: !isTest,
        payload: { id: "evt", type },
      },
    });
    const [zapId, zapVersionId] = zap === "first" ? [owned.zap.id, owned.version.id] : [other.id, otherVersion.id];
    const startedAt = status === "QUEUED" ? null : at(minute);
    const finishedAt = status === "SUCCEEDED" || status === "FAILED" || status === "FILTERED" ? new Date(at(minute).getTime() + 1_500) : null;
    return db.run.create({
      data: { zapId, eventId: event.id, zapVersionId, status, isTest, createdAt: at(minute), startedAt, finishedAt, attempts: startedAt ? 1 : 0 },
    });
  };
  // createOwnedRecords' own run was created now: newer than all of these.
  const runs = [
    await addRun({ zap: "first", minute: 1, status: "SUCCEEDED" }),
    await addRun({ zap: "second", minute: 2, status: "FAILED", isTest: true }),
    await addRun({ zap: "first", minute: 3, status: "FAILED" }),
    await addRun({ zap: "second", minute: 4, status: "SUCCEEDED", isTest: true }),
    await addRun({ zap: "first", minute: 5, status: "FILTERED", type: "customer.created" }),
  ];
  return { ...owned, other, runs, at };
}

const ids = (runs: { id: string }[]) => runs.map((run) => run.id);

describe("listRuns", () => {
  it("lists newest first with the zap's name, event type, duration and attempts", async () => {
    const { user, runs, run: newest } = await history();
    const listed = await listRuns({ userId: user.id });
    expect(ids(listed)).toEqual([newest.id, ...ids(runs).reverse()]);
    expect(listed[1]).toMatchObject({
      zapName: "history zap",
      eventType: "customer.created",
      status: "FILTERED",
      durationMs: 1_500,
      attempts: 1,
      isTest: false,
      replayOfId: null,
    });
    expect(listed[1]?.createdAt).toBe("2026-01-10T12:05:00.000Z");
  });

  it("filters by zap, status, test or live, and date range", async () => {
    const { user, other, runs, at } = await history();
    const [r1, r2, r3, r4, r5] = runs.map((run) => run.id);
    const list = (filters: Parameters<typeof listRuns>[0]["filters"]) => listRuns({ userId: user.id, filters }).then(ids);
    expect(await list({ zapId: other.id })).toEqual([r4, r2]);
    expect(await list({ status: "FAILED" })).toEqual([r3, r2]);
    expect(await list({ mode: "test" })).toEqual([r4, r2]);
    expect(await list({ mode: "live", status: "SUCCEEDED" })).toEqual([r1]);
    expect(await list({ from: at(2), to: at(4) })).toEqual([r3, r2]);
    expect(await list({ status: "FILTERED" })).toEqual([r5]);
    expect(await list({ zapId: other.id, status: "FILTERED" })).toEqual([]);
  });

  it("pages with a cursor, newest first, until the last page", async () => {
    const { user, runs, run: newest } = await history();
    const all = [newest.id, ...ids(runs).reverse()];
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | undefined;
    for (let page = 0; page < 3; page += 1) {
      const result = await listRunPage({ userId: user.id, query: { cursor }, pageSize: 2 });
      seen.push(...ids(result.runs));
      if (!result.nextCursor) break;
      const [createdAt = "", id = ""] = result.nextCursor.split("_");
      cursor = { createdAt: new Date(createdAt), id };
    }
    expect(seen).toEqual(all);
    expect((await listRunPage({ userId: user.id, query: { cursor }, pageSize: 2 })).nextCursor).toBeNull();
  });

  it("breaks ties on the same createdAt by id, so no run is skipped or repeated between pages", async () => {
    const { user, zap, version, connection } = await createOwnedRecords({ label: "ties" });
    const createdAt = new Date(Date.UTC(2025, 5, 1));
    for (let index = 0; index < 5; index += 1) {
      const event = await db.stripeEvent.create({
        data: { connectionId: connection.id, stripeEventId: `evt_${randomUUID()}`, type: "invoice.paid", livemode: false, payload: {} },
      });
      await db.run.create({ data: { zapId: zap.id, eventId: event.id, zapVersionId: version.id, createdAt } });
    }
    const first = await listRunPage({ userId: user.id, query: {}, pageSize: 3 });
    const [cAt = "", cId = ""] = (first.nextCursor ?? "").split("_");
    const second = await listRunPage({ userId: user.id, query: { cursor: { createdAt: new Date(cAt), id: cId } }, pageSize: 3 });
    const seen = [...ids(first.runs), ...ids(second.runs)];
    expect(new Set(seen).size).toBe(6);
    expect(second.nextCursor).toBeNull();
  });

  it("never lists another user's runs, whatever the filters", async () => {
    const alice = await history();
    const bob = await createOwnedRecords({ label: "bob" });
    expect(ids(await listRuns({ userId: bob.user.id }))).toEqual([bob.run.id]);
    expect(await listRuns({ userId: bob.user.id, filters: { zapId: alice.zap.id } })).toEqual([]);
  });
});

describe("getRun", () => {
  it("returns the run with its zap, event, steps (with the catalog's names) and replay links", async () => {
    const { user, zap, run, event } = await createOwnedRecords({ label: "detail" });
    await db.run.update({
      where: { id: run.id },
      data: { status: "FAILED", error: "Step 1 failed: nope", startedAt: new Date(), finishedAt: new Date(), attempts: 2 },
    });
    await db.runStep.create({
      data: {
        runId: run.id,
        stepIndex: 0,
        app: "customerio",
        action: "identify_person",
        status: "FAILED",
        input: { personId: "cus_1" },
        output: { status: 400 },
        error: "nope",
        durationMs: 12,
      },
    });
    const replay = await db.run.create({ data: { zapId: zap.id, eventId: event.id, zapVersionId: run.zapVersionId, replayOfId: run.id, replayNumber: 1 } });

    const detail = await getRun({ userId: user.id, runId: run.id });
    expect(detail).toMatchObject({
      id: run.id,
      status: "FAILED",
      attempts: 2,
      error: "Step 1 failed: nope",
      zap: { id: zap.id, name: "detail zap", versionNumber: 1, publishedVersionNumber: 1 },
      event: { stripeEventId: event.stripeEventId, type: "customer.subscription.deleted", livemode: false, payload: {} },
      steps: [
        {
          stepIndex: 0,
          appName: "Customer.io",
          actionName: "Create or update person",
          input: { personId: "cus_1" },
          output: { status: 400 },
          error: "nope",
          durationMs: 12,
          carriedOver: false,
        },
      ],
      replayOf: null,
      replays: [{ id: replay.id, status: "QUEUED" }],
      canReplay: { fromFailedStep: true, currentVersion: true },
    });
    expect(await getRun({ userId: user.id, runId: replay.id })).toMatchObject({
      replayOf: { id: run.id, status: "FAILED" },
      canReplay: { fromFailedStep: false, currentVersion: false },
    });
  });

  it("is null for another user's run", async () => {
    const alice = await createOwnedRecords({ label: "alice" });
    const bob = await createOwnedRecords({ label: "bob" });
    expect(await getRun({ userId: bob.user.id, runId: alice.run.id })).toBeNull();
    expect(await getRun({ userId: alice.user.id, runId: alice.run.id })).not.toBeNull();
  });
});
