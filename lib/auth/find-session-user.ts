import { db } from "@/lib/db";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user of a live session: it must exist, be unrevoked and unexpired. */
export async function findSessionUser({ sessionId }: { sessionId: string }): Promise<SessionUser | null> {
  if (!UUID.test(sessionId)) return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return session ? { ...session.user, sessionId } : null;
}
