import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dismissZapFailures } from "@/lib/notifications/dismiss-zap-failures";
import { getZapFailureSummary } from "@/lib/notifications/get-zap-failure-summary";
import { createOwnedRecords } from "@/test/create-owned-records";

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);

/** A zap with one failed run per entry of `failedAt` (plus a succeeded and a failed test run). */
async function zapWithFailures(failedAt: Date[]) {
  const world = await createOwnedRecords({ label: `banner-${randomUUID()}` });
  await db.run.update({ where: { id: world.run.id }, data: { status: "SUCCEEDED", finishedAt: at(0) } });
  const base = { zapId: world.zap.id, eventId: world.event.id, zapVersionId: world.version.id };
  await db.run.create({ data: { ...base, replayNumber: 1, status: "FAILED", finishedAt: at(0), isTest: true, error: "a test run" } });
  const runIds: string[] = [];
  for (const [index, finishedAt] of failedAt.entries()) {
    const run = await db.run.create({ data: { ...base, replayNumber: index + 2, status: "FAILED", finishedAt, error: `error at ${index}` } });
    runIds.push(run.id);
  }
  return { userId: world.user.id, zapId: world.zap.id, runIds };
}

describe("getZapFailureSummary", () => {
  it("gives the count, since when, and the latest error of the zap's live failures", async () => {
    const { userId, zapId, runIds } = await zapWithFailures([at(50), at(5), at(20)]);
    expect(await getZapFailureSummary({ userId, zapId })).toEqual({
      failures: { count: 3, needsAttention: 0, since: expect.any(String), latest: { runId: runIds[1], error: "error at 1", finishedAt: expect.any(String) } },
    });
    expect(new Date((await getZapFailureSummary({ userId, zapId }))?.failures?.since ?? 0).getTime()).toBeLessThan(at(49).getTime());
  });

  it("counts the runs that wait for their owner (a step's outcome is unknown) with the failures", async () => {
    const { userId, zapId, runIds } = await zapWithFailures([at(30), at(10)]);
    await db.run.update({ where: { id: runIds[1] }, data: { status: "NEEDS_ATTENTION", error: "Step 2: outcome unknown." } });
    expect(await getZapFailureSummary({ userId, zapId })).toMatchObject({
      failures: { count: 2, needsAttention: 1, latest: { runId: runIds[1], error: "Step 2: outcome unknown." } },
    });
    await db.run.update({ where: { id: runIds[0] }, data: { status: "SUCCEEDED" } });
    expect(await getZapFailureSummary({ userId, zapId })).toMatchObject({ failures: { count: 1, needsAttention: 1 } });
  });

  it("starts again after a dismissal, from the dismissal's time", async () => {
    const { userId, zapId, runIds } = await zapWithFailures([at(30), at(10), at(2)]);
    const dismissedAt = at(15);
    expect(await dismissZapFailures({ userId, zapId, at: dismissedAt })).toBe(true);
    expect(await getZapFailureSummary({ userId, zapId })).toMatchObject({
      failures: { count: 2, since: dismissedAt.toISOString(), latest: { runId: runIds[2] } },
    });
    expect(await dismissZapFailures({ userId, zapId })).toBe(true);
    expect(await getZapFailureSummary({ userId, zapId })).toEqual({ failures: null });
  });

  it("shows nothing of, and cannot dismiss, another user's zap", async () => {
    const alice = await zapWithFailures([at(1)]);
    const bob = await zapWithFailures([]);
    expect(await getZapFailureSummary({ userId: bob.userId, zapId: alice.zapId })).toBeNull();
    expect(await dismissZapFailures({ userId: bob.userId, zapId: alice.zapId })).toBe(false);
    expect(await getZapFailureSummary({ userId: alice.userId, zapId: alice.zapId })).toMatchObject({ failures: { count: 1 } });
    expect(await getZapFailureSummary({ userId: bob.userId, zapId: bob.zapId })).toEqual({ failures: null });
  });
});
