// Catch-up's starting point and the connection card read "the newest event stored for a connection":
// an index scan along StripeEvent(connectionId, receivedAt), with no sort of the connection's history.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { NEWEST_INTAKE_EVENT_SQL, newestIntakeEventCreated } from "@/lib/catalog/stripe/intake/newest-intake-event-created";
import { db } from "@/lib/db";
import { createOwnedRecords } from "@/test/create-owned-records";

afterAll(async () => {
  await db.$disconnect();
});

async function plan(sql: string): Promise<string> {
  return db.$transaction(async (tx) => {
    // The test tables are tiny, so the planner would read and sort them whatever the indexes: made to
    // avoid that, it still sorts when no index gives the order.
    for (const setting of ["enable_seqscan", "enable_bitmapscan", "enable_sort"]) await tx.$executeRawUnsafe(`SET LOCAL ${setting} = off`);
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, randomUUID());
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

describe("the newest stored event of a connection", () => {
  it("is read along StripeEvent(connectionId, receivedAt), without sorting", async () => {
    const catchUp = await plan(NEWEST_INTAKE_EVENT_SQL);
    expect(catchUp).toMatch(/Index Scan Backward using "StripeEvent_connectionId_receivedAt_idx"/);
    expect(catchUp).not.toMatch(/Sort/);
    const card = await plan(`SELECT "receivedAt", "type" FROM "StripeEvent" WHERE "connectionId" = $1::uuid ORDER BY "receivedAt" DESC LIMIT 1`);
    expect(card).toMatch(/Index Scan Backward using "StripeEvent_connectionId_receivedAt_idx"/);
  });

  it("is the one received last, not counting events imported or sent as tests", async () => {
    const { connection, zap, version } = await createOwnedRecords({ label: "newest" });
    expect(await newestIntakeEventCreated({ connectionId: randomUUID() })).toBeNull();
    const stored = async (created: number, secondsAgo: number) =>
      db.stripeEvent.create({
        data: {
          connectionId: connection.id,
          stripeEventId: `evt_${randomUUID().replaceAll("-", "")}`,
          type: "customer.subscription.deleted",
          livemode: false,
          payload: { created },
          receivedAt: new Date(Date.now() - secondsAgo * 1000),
        },
      });
    await stored(1_700_000_000, 300);
    const imported = await stored(1_600_000_000, 60);
    await db.run.create({ data: { zapId: zap.id, eventId: imported.id, zapVersionId: version.id, isImported: true } });
    const test = await stored(1_800_000_000, 30);
    await db.run.create({ data: { zapId: zap.id, eventId: test.id, zapVersionId: version.id, isTest: true } });
    // createOwnedRecords' own event (received just now, without a creation time) is not one of these.
    await db.stripeEvent.deleteMany({ where: { connectionId: connection.id, payload: { equals: {} } } });
    expect(await newestIntakeEventCreated({ connectionId: connection.id })).toBe(1_700_000_000);
  });
});
