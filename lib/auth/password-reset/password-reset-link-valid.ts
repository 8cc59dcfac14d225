import { db } from "@/lib/db";
import { hashResetToken } from "@/lib/auth/password-reset/hash-reset-token";

/** True while a reset link can still be used: the page shows the form only then. */
export async function passwordResetLinkValid({ token }: { token: string }): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const row = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}
