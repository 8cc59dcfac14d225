import { db } from "@/lib/db";
import { ZAP_NOT_FOUND, type ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * Deletes one of the user's zaps softly: it turns off, disappears from lists and never runs again,
 * while its runs stay in the history under its name.
 */
export async function deleteZap({
  userId,
  zapId,
  now = new Date(),
}: {
  userId: string;
  zapId: string;
  now?: Date;
}): Promise<ZapOperationResult<{ name: string }>> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, name: true } });
  if (!zap) return { ok: false, message: ZAP_NOT_FOUND };
  const { count } = await db.zap.updateMany({ where: { id: zap.id, deletedAt: null }, data: { deletedAt: now, enabled: false } });
  return count === 1 ? { ok: true, name: zap.name } : { ok: false, message: ZAP_NOT_FOUND };
}
