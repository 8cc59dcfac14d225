import { db } from "@/lib/db";

export interface ActiveSession {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The user's signed-in browsers (unrevoked, unexpired): this one first, then the newest. */
export async function listSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }): Promise<ActiveSession[]> {
  const sessions = await db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, expiresAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return sessions.map((session) => ({ ...session, current: session.id === currentSessionId })).sort((a, b) => Number(b.current) - Number(a.current));
}
