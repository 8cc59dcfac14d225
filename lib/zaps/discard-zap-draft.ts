import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

export type DiscardZapDraftResult = { ok: true; definition: ZapDefinition } | { ok: false; message: string };

/** Throws the draft's changes away: the draft becomes the published version again. */
export async function discardZapDraft({ userId, zapId }: { userId: string; zapId: string }): Promise<DiscardZapDraftResult> {
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: "This zap does not exist any more." };
  if (!zap.publishedVersion) return { ok: false, message: "This zap was never published, so there is no version to go back to." };
  const definition = zapDefinitionSchema.parse(zap.publishedVersion.definition);
  await db.zap.update({ where: { id: zap.id }, data: { draft: definition as Prisma.InputJsonValue } });
  return { ok: true, definition };
}
