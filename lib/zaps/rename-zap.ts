import { db } from "@/lib/db";
import { ZAP_NOT_FOUND, type ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/** Renames one of the user's zaps; the name is trimmed (the action has checked its length). */
export async function renameZap({ userId, zapId, name }: { userId: string; zapId: string; name: string }): Promise<ZapOperationResult<{ name: string }>> {
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, message: "Give the zap a name." };
  const { count } = await db.zap.updateMany({ where: { id: zapId, userId, deletedAt: null }, data: { name: trimmed } });
  return count === 1 ? { ok: true, name: trimmed } : { ok: false, message: ZAP_NOT_FOUND };
}
