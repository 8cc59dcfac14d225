import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type RevokeUserSessionResult = { ok: true } | { ok: false; message: string };

/** Signs one of the user's own sessions out (the Account page's per-session "Sign out"). */
export async function revokeUserSession({
  userId,
  sessionId,
  locale,
}: {
  userId: string;
  sessionId: string;
  locale?: Locale;
}): Promise<RevokeUserSessionResult> {
  const notFound = async () => ({ ok: false as const, message: (await translator({ locale }))("account.sessions.notFound") });
  if (!isUuid(sessionId)) return notFound();
  const owned = await db.session.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
  if (!owned) return notFound();
  await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { ok: true };
}
