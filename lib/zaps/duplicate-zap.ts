import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { ZAP_NAME_MAX } from "@/lib/zaps/zap-name-problem";
import type { ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * A copy of one of the user's zaps: its draft and sample event, named "Copy of <name>", off and
 * unpublished, so nothing runs until the copy is published. `locale`: the language of the copy's name and of the message.
 */
export async function duplicateZap({
  userId,
  zapId,
  locale,
}: {
  userId: string;
  zapId: string;
  locale?: Locale;
}): Promise<ZapOperationResult<{ id: string; name: string }>> {
  const t = await translator({ locale });
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { name: true, draft: true, sampleEvent: true } });
  if (!zap) return { ok: false, message: t("zaps.notFound") };
  const name = t("zaps.duplicate.copyName", { name: zap.name }).slice(0, ZAP_NAME_MAX);
  const copy = await db.zap.create({
    data: {
      userId,
      name,
      enabled: false,
      draft: zap.draft as Prisma.InputJsonValue,
      ...(zap.sampleEvent === null ? {} : { sampleEvent: zap.sampleEvent as Prisma.InputJsonValue }),
    },
    select: { id: true, name: true },
  });
  return { ok: true, id: copy.id, name: copy.name };
}
