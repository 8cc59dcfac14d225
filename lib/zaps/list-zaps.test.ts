import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { createZap } from "@/lib/zaps/create-zap";
import { listZaps } from "@/lib/zaps/list-zaps";

const HOUR = 60 * 60 * 1000;

describe("listZaps", () => {
  it("gives each zap its flow, its last run and its runs of the last 24 hours", async () => {
    const now = new Date();
    const busy = await createZapForList({ name: "Busy" });
    const quiet = await createZapForList({ userId: busy.userId, name: "Quiet" });
    await busy.addRun({ status: "SUCCEEDED", createdAt: new Date(now.getTime() - 30 * HOUR) });
    await busy.addRun({ status: "SUCCEEDED", createdAt: new Date(now.getTime() - 3 * HOUR) });
    const last = await busy.addRun({ status: "FAILED", createdAt: new Date(now.getTime() - HOUR) });

    const zaps = await listZaps({ userId: busy.userId, now });
    expect(zaps.map((zap) => zap.name)).toEqual(["Quiet", "Busy"]);
    const [quietSummary, busySummary] = zaps;
    expect(busySummary).toMatchObject({
      id: busy.zapId,
      enabled: true,
      publishedVersionNumber: 1,
      hasUnpublishedChanges: false,
      runsLast24h: 2,
      lastRun: { id: last.id, status: "FAILED", createdAt: new Date(now.getTime() - HOUR).toISOString() },
      flow: {
        trigger: { app: "stripe", appName: "Stripe", key: "subscription_canceled", name: "Subscription canceled" },
        steps: [{ app: "customerio", appName: "Customer.io", key: "identify_person", name: "Create or update person" }],
      },
    });
    expect(quietSummary).toMatchObject({ id: quiet.zapId, runsLast24h: 0, lastRun: null });
  });

  it("marks drafts that differ from the published version, and zaps never published", async () => {
    const zap = await createZapForList();
    const draft = await createZap({ userId: zap.userId, input: { name: "Draft only" } });
    await db.zap.update({ where: { id: zap.zapId }, data: { draft: { trigger: null, filter: null, steps: [] } } });
    const zaps = await listZaps({ userId: zap.userId });
    expect(zaps.find((summary) => summary.id === zap.zapId)).toMatchObject({
      hasUnpublishedChanges: true,
      publishedVersionNumber: 1,
      flow: { trigger: null, steps: [] },
    });
    expect(zaps.find((summary) => summary.id === draft.id)).toMatchObject({ hasUnpublishedChanges: true, publishedVersionNumber: null, enabled: false });
  });

  it("leaves out untouched drafts: an unpublished, empty 'Untitled zap'", async () => {
    const zap = await createZapForList();
    const untouched = await createZap({ userId: zap.userId, input: { name: "Untitled zap" } });
    const renamed = await createZap({ userId: zap.userId, input: { name: "Later" } });
    const started = await createZap({
      userId: zap.userId,
      input: {
        name: "Untitled zap",
        definition: { trigger: { app: "stripe", key: "new_customer", connectionId: null, options: {} }, filter: null, steps: [] },
      },
    });
    const ids = (await listZaps({ userId: zap.userId })).map((summary) => summary.id);
    expect(ids).not.toContain(untouched.id);
    expect(ids).toEqual(expect.arrayContaining([zap.zapId, renamed.id, started.id]));
    expect(ids).toHaveLength(3);
  });

  it("leaves out deleted zaps and other users' zaps", async () => {
    const mine = await createZapForList({ name: "Mine" });
    const deleted = await createZapForList({ userId: mine.userId, name: "Deleted" });
    await db.zap.update({ where: { id: deleted.zapId }, data: { deletedAt: new Date(), enabled: false } });
    const theirs = await createZapForList({ name: "Theirs" });
    expect((await listZaps({ userId: mine.userId })).map((zap) => zap.id)).toEqual([mine.zapId]);
    expect((await listZaps({ userId: theirs.userId })).map((zap) => zap.id)).toEqual([theirs.zapId]);
  });
});
