import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { deleteOldHistory, uuidV7Floor } from "@/lib/runs/delete-old-history";
import { createPublishedZap } from "@/test/create-published-zap";

const DAY = 86_400_000;

async function world() {
  const zap = await createPublishedZap({
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (customerioId) => [
      { id: "person", app: "customerio", key: "delete_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
    ],
  });
  const version = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { publishedVersionId: true } });
  /** An event received `daysAgo` days ago (its id is a UUIDv7 of that time, as Conduit writes them), with one run. */
  const eventWithRun = async ({ daysAgo, status }: { daysAgo: number; status: "SUCCEEDED" | "FAILED" | "QUEUED" | "RUNNING" }) => {
    const receivedAt = new Date(Date.now() - daysAgo * DAY);
    const event = await db.stripeEvent.create({
      data: {
        id: uuidV7(receivedAt.getTime()),
        connectionId: zap.stripeId,
        stripeEventId: `evt_${randomUUID()}`,
        type: "customer.subscription.deleted",
        livemode: false,
        payload: {},
        receivedAt,
      },
    });
    const run = await db.run.create({ data: { zapId: zap.zapId, eventId: event.id, zapVersionId: version.publishedVersionId, status, createdAt: receivedAt } });
    await db.runStep.create({ data: { runId: run.id, stepIndex: 0, app: "customerio", action: "delete_person", status: "SUCCEEDED" } });
    return event.id;
  };
  return { connectionId: zap.stripeId, eventWithRun };
}

// Other test files share this database; none of their events is older than a day, so a 30-day
// retention here only ever deletes this file's events.
describe("deleteOldHistory", () => {
  it("deletes events older than the retention with their runs and steps, and keeps the rest", async () => {
    const { connectionId, eventWithRun } = await world();
    const old = await eventWithRun({ daysAgo: 40, status: "SUCCEEDED" });
    const oldFailed = await eventWithRun({ daysAgo: 31, status: "FAILED" });
    const stillRunning = await eventWithRun({ daysAgo: 45, status: "RUNNING" });
    const recent = await eventWithRun({ daysAgo: 29, status: "SUCCEEDED" });

    await deleteOldHistory({ retentionDays: 30, batch: 1 });
    const left = await db.stripeEvent.findMany({ where: { connectionId }, select: { id: true } });
    expect(left.map((event) => event.id).sort()).toEqual([stillRunning, recent].sort());
    expect(await db.run.count({ where: { eventId: { in: [old, oldFailed] } } })).toBe(0);
    expect(await db.runStep.count({ where: { run: { eventId: { in: [stillRunning, recent] } } } })).toBe(2);
  });

  it("keeps an old event that was replayed recently, with both runs", async () => {
    const { connectionId, eventWithRun } = await world();
    const replayed = await eventWithRun({ daysAgo: 60, status: "FAILED" });
    const original = await db.run.findFirstOrThrow({ where: { eventId: replayed } });
    await db.run.create({
      data: { zapId: original.zapId, eventId: replayed, zapVersionId: original.zapVersionId, status: "SUCCEEDED", replayOfId: original.id, replayNumber: 1 },
    });
    await deleteOldHistory({ retentionDays: 30 });
    expect(await db.stripeEvent.count({ where: { connectionId } })).toBe(1);
    expect(await db.run.count({ where: { eventId: replayed } })).toBe(2);
  });

  it("keeps everything when retention is 0 (off)", async () => {
    const { connectionId, eventWithRun } = await world();
    await eventWithRun({ daysAgo: 400, status: "SUCCEEDED" });
    expect(await deleteOldHistory({ retentionDays: 0 })).toEqual({ deletedEvents: 0 });
    expect(await db.stripeEvent.count({ where: { connectionId } })).toBe(1);
  });

  it("orders UUIDv7 ids by time: the floor of a millisecond is below every id of that millisecond and above earlier ones", () => {
    const time = new Date("2026-01-01T00:00:00.000Z");
    expect(uuidV7Floor(time) <= uuidV7(time.getTime())).toBe(true);
    expect(uuidV7(time.getTime() - 1) < uuidV7Floor(time)).toBe(true);
  });
});
