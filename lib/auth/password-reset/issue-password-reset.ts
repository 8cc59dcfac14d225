import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashResetToken } from "@/lib/auth/password-reset/hash-reset-token";
import { appLink } from "@/lib/notifications/failure-email";

export const PASSWORD_RESET_MINUTES = 30;

/**
 * Makes a new one-time reset link for the user, valid 30 minutes; every older link of the user
 * stops working. Returns the link: the token in it is shown here only.
 */
export async function issuePasswordReset({ userId }: { userId: string }): Promise<{ link: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000);
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId } }),
    db.passwordResetToken.create({ data: { userId, tokenHash: hashResetToken(token), expiresAt } }),
  ]);
  return { link: appLink({ appUrl: env().APP_URL, path: `/reset-password?token=${token}` }), expiresAt };
}
