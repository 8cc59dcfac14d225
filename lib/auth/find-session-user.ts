import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  sessionId: string;
}

/** The user of a live session: it must exist, be unrevoked and unexpired. */
export async function findSessionUser({ sessionId }: { sessionId: string }): Promise<SessionUser | null> {
  if (!isUuid(sessionId)) return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return session ? { ...session.user, sessionId } : null;
}
