import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import type { ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * Copies a published version's definition into the zap's draft. It does not publish: runs keep using
 * the current version until the user publishes the draft. Refusals are in `locale` (English by default).
 */
export async function restoreZapVersion({
  userId,
  zapId,
  versionId,
  locale,
}: {
  userId: string;
  zapId: string;
  versionId: string;
  locale?: Locale;
}): Promise<ZapOperationResult<{ number: number }>> {
  const t = await translator({ locale });
  const version = await db.zapVersion.findFirst({
    where: { id: versionId, zap: { id: zapId, userId, deletedAt: null } },
    select: { number: true, definition: true },
  });
  if (!version) return { ok: false, message: t("zaps.restore.versionNotFound") };
  const definition = zapDefinitionSchema.safeParse(version.definition);
  if (!definition.success) return { ok: false, message: t("zaps.restore.unreadable", { number: version.number }) };
  const { count } = await db.zap.updateMany({ where: { id: zapId, userId, deletedAt: null }, data: { draft: definition.data as Prisma.InputJsonValue } });
  return count === 1 ? { ok: true, number: version.number } : { ok: false, message: t("zaps.notFound") };
}
