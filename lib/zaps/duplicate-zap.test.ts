import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { duplicateZap } from "@/lib/zaps/duplicate-zap";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

describe("duplicateZap", () => {
  it("copies the draft and the sample event into a new zap that is off and unpublished", async () => {
    const zap = await createZapForList({ name: "Cancellations" });
    const draft = { trigger: { app: "stripe", key: "payment_failed", connectionId: null, options: {} }, filter: null, steps: [] };
    await db.zap.update({ where: { id: zap.zapId }, data: { draft, sampleEvent: { id: "evt_sample" } } });

    const result = await duplicateZap({ userId: zap.userId, zapId: zap.zapId });
    expect(result).toEqual({ ok: true, id: expect.any(String), name: "Copy of Cancellations" });
    if (!result.ok) return;
    const copy = await db.zap.findUniqueOrThrow({ where: { id: result.id }, include: { versions: true } });
    expect(copy).toMatchObject({
      userId: zap.userId,
      name: "Copy of Cancellations",
      enabled: false,
      publishedVersionId: null,
      draft,
      sampleEvent: { id: "evt_sample" },
      deletedAt: null,
    });
    expect(copy.versions).toEqual([]);
    expect((await db.zap.findUniqueOrThrow({ where: { id: zap.zapId } })).enabled).toBe(true);
  });

  it("keeps the copy's name within 120 characters", async () => {
    const zap = await createZapForList({ name: "x".repeat(120) });
    const result = await duplicateZap({ userId: zap.userId, zapId: zap.zapId });
    expect(result.ok && result.name.length).toBe(120);
  });

  it("treats another user's zap and a deleted zap as missing", async () => {
    const zap = await createZapForList();
    const stranger = await createZapForList();
    expect(await duplicateZap({ userId: stranger.userId, zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    await db.zap.update({ where: { id: zap.zapId }, data: { deletedAt: new Date() } });
    expect(await duplicateZap({ userId: zap.userId, zapId: zap.zapId })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await db.zap.count({ where: { userId: { in: [zap.userId, stranger.userId] } } })).toBe(2);
  });
});
