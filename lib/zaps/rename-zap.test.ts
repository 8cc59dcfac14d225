import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createZapForList } from "@/test/create-zap-for-list";
import { renameZap } from "@/lib/zaps/rename-zap";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

const nameOf = async (zapId: string) => (await db.zap.findUniqueOrThrow({ where: { id: zapId }, select: { name: true } })).name;

describe("renameZap", () => {
  it("renames the zap, trimmed", async () => {
    const zap = await createZapForList({ name: "Old name" });
    expect(await renameZap({ userId: zap.userId, zapId: zap.zapId, name: "  Win-back  " })).toEqual({ ok: true, name: "Win-back" });
    expect(await nameOf(zap.zapId)).toBe("Win-back");
  });

  it("refuses a blank name", async () => {
    const zap = await createZapForList({ name: "Kept" });
    expect(await renameZap({ userId: zap.userId, zapId: zap.zapId, name: "   " })).toEqual({ ok: false, message: "Give the zap a name." });
    expect(await nameOf(zap.zapId)).toBe("Kept");
  });

  it("treats another user's zap and a deleted zap as missing", async () => {
    const zap = await createZapForList({ name: "Mine" });
    const stranger = await createZapForList();
    expect(await renameZap({ userId: stranger.userId, zapId: zap.zapId, name: "Stolen" })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    await db.zap.update({ where: { id: zap.zapId }, data: { deletedAt: new Date() } });
    expect(await renameZap({ userId: zap.userId, zapId: zap.zapId, name: "Back" })).toEqual({ ok: false, message: ZAP_NOT_FOUND });
    expect(await nameOf(zap.zapId)).toBe("Mine");
  });
});
