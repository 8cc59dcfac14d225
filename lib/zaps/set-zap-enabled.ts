import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";
import type { ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * Turns one of the user's zaps on or off. Only a zap with a published version can be on; turning a
 * paused zap on clears why it was paused. The draft is never touched.
 */
export async function setZapEnabled({
  userId,
  zapId,
  enabled,
  locale,
}: {
  userId: string;
  zapId: string;
  enabled: boolean;
  /** The language of the message, which the Zaps page shows. */
  locale?: Locale;
}): Promise<ZapOperationResult<{ enabled: boolean }>> {
  const t = await translator({ locale });
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersionId: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: t("zaps.notFound") };
  if (enabled && !zap.publishedVersionId) return { ok: false, message: t("zaps.enable.publishFirst") };
  if (enabled) {
    // Turned on with a deleted connection, every run would fail.
    const ids = definitionConnectionIds(zap.publishedVersion?.definition);
    const live = ids.length === 0 ? 0 : await db.connection.count({ where: { userId, id: { in: ids } } });
    if (live < ids.length) return { ok: false, message: t("zaps.enable.connectionGone") };
  }
  // Conditional on the zap still being there, so a delete in another tab is not undone.
  const { count } = await db.zap.updateMany({
    where: { id: zap.id, deletedAt: null },
    data: enabled ? { enabled: true, pausedReason: null, pausedReasonMessage: Prisma.DbNull } : { enabled: false },
  });
  return count === 1 ? { ok: true, enabled } : { ok: false, message: t("zaps.notFound") };
}
