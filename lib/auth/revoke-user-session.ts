import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";

export const SESSION_NOT_FOUND = "This session was not found among yours. Reload the page to see your current sessions.";

export type RevokeUserSessionResult = { ok: true } | { ok: false; message: string };

/** Signs one of the user's own sessions out (the Account page's per-session "Sign out"). */
export async function revokeUserSession({ userId, sessionId }: { userId: string; sessionId: string }): Promise<RevokeUserSessionResult> {
  if (!isUuid(sessionId)) return { ok: false, message: SESSION_NOT_FOUND };
  const owned = await db.session.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
  if (!owned) return { ok: false, message: SESSION_NOT_FOUND };
  await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { ok: true };
}
