import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/** Renames one of the user's zaps; the name is trimmed (the action has checked its length). `locale`: the language of the message. */
export async function renameZap({
  userId,
  zapId,
  name,
  locale,
}: {
  userId: string;
  zapId: string;
  name: string;
  locale?: Locale;
}): Promise<ZapOperationResult<{ name: string }>> {
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, message: (await translator({ locale }))("zaps.name.required") };
  const { count } = await db.zap.updateMany({ where: { id: zapId, userId, deletedAt: null }, data: { name: trimmed } });
  return count === 1 ? { ok: true, name: trimmed } : { ok: false, message: (await translator({ locale }))("zaps.notFound") };
}
