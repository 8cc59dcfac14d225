import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countUnseenFailedRuns, UNSEEN_FAILED_RUNS_CAP } from "@/lib/notifications/count-unseen-failed-runs";
import { markRunsSeen } from "@/lib/notifications/mark-runs-seen";
import { createOwnedRecords } from "@/test/create-owned-records";

type RunState = { status: "FAILED" | "SUCCEEDED" | "FILTERED" | "QUEUED" | "RUNNING"; finishedAt: Date | null; isTest?: boolean };

/** A user whose one zap has these runs (the first reuses createOwnedRecords' run). */
async function userWithRuns(runs: RunState[]) {
  const world = await createOwnedRecords({ label: `badge-${randomUUID()}` });
  for (const [index, run] of runs.entries()) {
    const data = { status: run.status, finishedAt: run.finishedAt, isTest: run.isTest ?? false, error: run.status === "FAILED" ? `error ${index}` : null };
    if (index === 0) await db.run.update({ where: { id: world.run.id }, data });
    else await db.run.create({ data: { zapId: world.zap.id, eventId: world.event.id, zapVersionId: world.version.id, replayNumber: index, ...data } });
  }
  return world.user.id;
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);

describe("countUnseenFailedRuns", () => {
  it("counts live runs that failed for good, of all time when the user never opened the run history", async () => {
    const userId = await userWithRuns([
      { status: "FAILED", finishedAt: at(60 * 24 * 30) },
      { status: "FAILED", finishedAt: at(5) },
      { status: "FAILED", finishedAt: null }, // not finished: a retry may still save it
      { status: "FAILED", finishedAt: at(5), isTest: true },
      { status: "SUCCEEDED", finishedAt: at(5) },
      { status: "FILTERED", finishedAt: at(5) },
      { status: "QUEUED", finishedAt: null },
    ]);
    expect(await countUnseenFailedRuns({ userId })).toBe(2);
  });

  it("counts only failures after the user last opened the run history", async () => {
    const userId = await userWithRuns([
      { status: "FAILED", finishedAt: at(30) },
      { status: "FAILED", finishedAt: at(10) },
      { status: "FAILED", finishedAt: at(1) },
    ]);
    await markRunsSeen({ userId, at: at(20) });
    expect(await countUnseenFailedRuns({ userId })).toBe(2);
    await markRunsSeen({ userId });
    expect(await countUnseenFailedRuns({ userId })).toBe(0);
  });

  it("never counts another user's failures", async () => {
    const alice = await userWithRuns([{ status: "FAILED", finishedAt: at(1) }]);
    const bob = await userWithRuns([{ status: "SUCCEEDED", finishedAt: at(1) }]);
    expect(await countUnseenFailedRuns({ userId: alice })).toBe(1);
    expect(await countUnseenFailedRuns({ userId: bob })).toBe(0);
    expect(await countUnseenFailedRuns({ userId: randomUUID() })).toBe(0);
  });

  it(`stops counting at ${UNSEEN_FAILED_RUNS_CAP}, which the badge shows as 99+`, async () => {
    const userId = await userWithRuns(Array.from({ length: UNSEEN_FAILED_RUNS_CAP + 5 }, () => ({ status: "FAILED" as const, finishedAt: at(1) })));
    expect(await countUnseenFailedRuns({ userId })).toBe(UNSEEN_FAILED_RUNS_CAP);
  });
});
