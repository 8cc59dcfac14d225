import { db } from "@/lib/db";
import { definitionConnectionIds } from "@/lib/zaps/definition-connection-ids";
import { ZAP_NOT_FOUND, type ZapOperationResult } from "@/lib/zaps/zap-operation-schema";

export const PUBLISH_FIRST = "Publish the zap first: only a published zap can be turned on.";
export const CONNECTION_GONE =
  "This zap uses a connection that was deleted. Connect the same account again and move the zap to it (Connections), or choose another connection and publish.";

/**
 * Turns one of the user's zaps on or off. Only a zap with a published version can be on; turning a
 * paused zap on clears why it was paused. The draft is never touched.
 */
export async function setZapEnabled({
  userId,
  zapId,
  enabled,
}: {
  userId: string;
  zapId: string;
  enabled: boolean;
}): Promise<ZapOperationResult<{ enabled: boolean }>> {
  const zap = await db.zap.findFirst({
    where: { id: zapId, userId, deletedAt: null },
    select: { id: true, publishedVersionId: true, publishedVersion: { select: { definition: true } } },
  });
  if (!zap) return { ok: false, message: ZAP_NOT_FOUND };
  if (enabled && !zap.publishedVersionId) return { ok: false, message: PUBLISH_FIRST };
  if (enabled) {
    // Turned on with a deleted connection, every run would fail.
    const ids = definitionConnectionIds(zap.publishedVersion?.definition);
    const live = ids.length === 0 ? 0 : await db.connection.count({ where: { userId, id: { in: ids } } });
    if (live < ids.length) return { ok: false, message: CONNECTION_GONE };
  }
  // Conditional on the zap still being there, so a delete in another tab is not undone.
  const { count } = await db.zap.updateMany({
    where: { id: zap.id, deletedAt: null },
    data: enabled ? { enabled: true, pausedReason: null } : { enabled: false },
  });
  return count === 1 ? { ok: true, enabled } : { ok: false, message: ZAP_NOT_FOUND };
}
