import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { ZAP_NOT_FOUND, type ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

/**
 * Copies a published version's definition into the zap's draft. It does not publish: runs keep using
 * the current version until the user publishes the draft.
 */
export async function restoreZapVersion({
  userId,
  zapId,
  versionId,
}: {
  userId: string;
  zapId: string;
  versionId: string;
}): Promise<ZapOperationResult<{ number: number }>> {
  const version = await db.zapVersion.findFirst({
    where: { id: versionId, zap: { id: zapId, userId, deletedAt: null } },
    select: { number: true, definition: true },
  });
  if (!version) return { ok: false, message: "This version does not exist any more, or it belongs to another zap. Reload the page." };
  const definition = zapDefinitionSchema.safeParse(version.definition);
  if (!definition.success) return { ok: false, message: `Version ${version.number} cannot be read any more; restore another version.` };
  const { count } = await db.zap.updateMany({ where: { id: zapId, userId, deletedAt: null }, data: { draft: definition.data as Prisma.InputJsonValue } });
  return count === 1 ? { ok: true, number: version.number } : { ok: false, message: ZAP_NOT_FOUND };
}
