import { db } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";

/** Records a new signed-in browser; its id goes into the session cookie. */
export async function createSession({
  userId,
  userAgent,
  ipAddress,
}: {
  userId: string;
  userAgent?: string;
  ipAddress?: string;
}): Promise<{ id: string; expiresAt: Date }> {
  return db.session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: userAgent?.slice(0, 300),
      ipAddress: ipAddress?.slice(0, 64),
    },
    select: { id: true, expiresAt: true },
  });
}
