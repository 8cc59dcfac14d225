import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * Deletes one of the user's zaps softly: it turns off, disappears from lists and never runs again,
 * while its runs stay in the history under its name.
 */
export async function deleteZap({
  userId,
  zapId,
  now = new Date(),
  locale,
}: {
  userId: string;
  zapId: string;
  now?: Date;
  /** The language of the message, which the Zaps page shows. */
  locale?: Locale;
}): Promise<ZapOperationResult<{ name: string }>> {
  const notFound = async () => ({ ok: false as const, message: (await translator({ locale }))("zaps.notFound") });
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { id: true, name: true } });
  if (!zap) return notFound();
  const { count } = await db.zap.updateMany({ where: { id: zap.id, deletedAt: null }, data: { deletedAt: now, enabled: false } });
  return count === 1 ? { ok: true, name: zap.name } : notFound();
}
