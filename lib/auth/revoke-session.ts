import { db } from "@/lib/db";

/** Ends one session (sign-out). Revoking an already revoked or unknown session is a no-op. */
export async function revokeSession({ sessionId }: { sessionId: string }): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
