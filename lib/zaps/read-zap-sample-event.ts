import { db } from "@/lib/db";
import { ZAP_NOT_FOUND } from "@/lib/zaps/zap-operation-schema";

export type ReadZapSampleEventResult = { ok: true; event: unknown } | { ok: false; message: string };

/** The whole sample event of one of the user's zaps, for the builder's "Show the whole event" (the page ships a shortened copy). */
export async function readZapSampleEvent({ userId, zapId }: { userId: string; zapId: string }): Promise<ReadZapSampleEventResult> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { sampleEvent: true } });
  if (!zap) return { ok: false, message: ZAP_NOT_FOUND };
  return { ok: true, event: zap.sampleEvent };
}
