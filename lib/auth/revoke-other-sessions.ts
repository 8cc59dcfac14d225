import { db } from "@/lib/db";

/** "Sign out everywhere else": ends every session of the user but this one. Returns how many ended. */
export async function revokeOtherSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }): Promise<{ count: number }> {
  return db.session.updateMany({
    where: { userId, revokedAt: null, id: { not: currentSessionId } },
    data: { revokedAt: new Date() },
  });
}
