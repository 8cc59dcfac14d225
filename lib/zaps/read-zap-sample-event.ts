import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type ReadZapSampleEventResult = { ok: true; event: unknown } | { ok: false; message: string };

/** The whole sample event of one of the user's zaps, for the builder's "Show the whole event" (the page ships a shortened copy). */
export async function readZapSampleEvent({ userId, zapId, locale }: { userId: string; zapId: string; locale?: Locale }): Promise<ReadZapSampleEventResult> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { sampleEvent: true } });
  if (!zap) return { ok: false, message: (await translator({ locale }))("zaps.notFound") };
  return { ok: true, event: zap.sampleEvent };
}
