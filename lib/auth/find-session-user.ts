import { cache } from "react";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /** The language chosen on the Account page; null follows the browser (lib/i18n/resolve-locale.ts). */
  locale: string | null;
  /** The time zone chosen on the Account page; null: the browser's (components/ui/local-time.tsx). */
  timeZone: string | null;
  sessionId: string;
}

/** The user of a live session: it must exist, be unrevoked and unexpired. */
export function findSessionUser({ sessionId }: { sessionId: string }): Promise<SessionUser | null> {
  return readLiveSession(sessionId);
}

/**
 * Read once per page render: next-auth's jwt callback (auth-options.ts) and currentUser both ask for
 * the same session. Keyed by the id itself, since React's cache compares arguments by identity.
 */
const readLiveSession = cache(async (sessionId: string): Promise<SessionUser | null> => {
  if (!isUuid(sessionId)) return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true, locale: true, timeZone: true } } },
  });
  return session ? { ...session.user, sessionId } : null;
});
