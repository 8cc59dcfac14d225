import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

export type DiscardZapDraftResult = { ok: true; definition: ZapDefinition } | { ok: false; message: string };

/** Throws the draft's changes away: the draft becomes the published version again. `locale`: the language of the message. */
export async function discardZapDraft({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<DiscardZapDraftResult> {
  const t = await translator({ locale });
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: t("builder.discard.notFound") };
  if (!zap.publishedVersion) return { ok: false, message: t("builder.discard.neverPublished") };
  const definition = zapDefinitionSchema.parse(zap.publishedVersion.definition);
  await db.zap.update({ where: { id: zap.id }, data: { draft: definition as Prisma.InputJsonValue } });
  return { ok: true, definition };
}
