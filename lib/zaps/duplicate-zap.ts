import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZAP_NOT_FOUND, type ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

const MAX_NAME_LENGTH = 120;

/**
 * A copy of one of the user's zaps: its draft and sample event, named "Copy of <name>", off and
 * unpublished, so nothing runs until the copy is published.
 */
export async function duplicateZap({ userId, zapId }: { userId: string; zapId: string }): Promise<ZapOperationResult<{ id: string; name: string }>> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { name: true, draft: true, sampleEvent: true } });
  if (!zap) return { ok: false, message: ZAP_NOT_FOUND };
  const name = `Copy of ${zap.name}`.slice(0, MAX_NAME_LENGTH);
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
