import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { createZap } from "@/lib/zaps/create-zap";
import { setZapEnabled } from "@/lib/zaps/set-zap-enabled";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

const PUBLISH_FIRST = "Publish the zap first: only a published zap can be turned on.";
const CONNECTION_GONE =
  "This zap uses a connection that was deleted. Connect the same account again and move the zap to it (Connections), or choose another connection and publish.";

const state = (zapId: string) => db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { enabled: true, pausedReason: true, draft: true } });

describe("setZapEnabled", () => {
  it("turns a published zap off and on without touching its draft", async () => {
    const zap = await createZapForList();
    const before = await state(zap.zapId);
    expect(await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: false })).toEqual({ ok: true, enabled: false });
    expect(await state(zap.zapId)).toEqual({ ...before, enabled: false });
    expect(await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: true })).toEqual({ ok: true, enabled: true });
    expect(await state(zap.zapId)).toEqual({ ...before, enabled: true });
  });

  it("clears the pause reason when a paused zap is turned back on", async () => {
    const zap = await createZapForList();
    await db.zap.update({ where: { id: zap.zapId }, data: { enabled: false, pausedReason: "Paused after 10 failed runs in a row." } });
    expect(await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: true })).toEqual({ ok: true, enabled: true });
    expect(await state(zap.zapId)).toMatchObject({ enabled: true, pausedReason: null });
  });

  it("refuses to turn on a zap that was never published", async () => {
    const zap = await createZapForList();
    const draft = await createZap({ userId: zap.userId, input: { name: "Unpublished" } });
    expect(await setZapEnabled({ userId: zap.userId, zapId: draft.id, enabled: true })).toEqual({ ok: false, message: PUBLISH_FIRST });
    expect((await state(draft.id)).enabled).toBe(false);
  });

  it("refuses to turn on a zap whose published version uses a deleted connection", async () => {
    const zap = await createZapForList();
    const { publishedVersion } = await db.zap.findUniqueOrThrow({ where: { id: zap.zapId }, select: { publishedVersion: { select: { definition: true } } } });
    const used = JSON.stringify(publishedVersion?.definition).match(/"connectionId":"([0-9a-f-]{36})"/)?.[1];
    expect(used).toBeDefined();
    await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: false });
    await db.connection.delete({ where: { id: used } });
    expect(await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: true })).toEqual({ ok: false, message: CONNECTION_GONE });
    expect((await state(zap.zapId)).enabled).toBe(false);
  });

  it("treats another user's zap and a deleted zap as missing", async () => {
    const zap = await createZapForList();
    const stranger = await createZapForList();
    expect(await setZapEnabled({ userId: stranger.userId, zapId: zap.zapId, enabled: false })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect((await state(zap.zapId)).enabled).toBe(true);
    await db.zap.update({ where: { id: zap.zapId }, data: { deletedAt: new Date(), enabled: false } });
    expect(await setZapEnabled({ userId: zap.userId, zapId: zap.zapId, enabled: true })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect((await state(zap.zapId)).enabled).toBe(false);
  });
});
