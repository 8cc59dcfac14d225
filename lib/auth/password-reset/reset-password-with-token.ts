import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashResetToken } from "@/lib/auth/password-reset/hash-reset-token";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type ResetPasswordField = "newPassword" | "confirmPassword";
export type ResetPasswordResult =
  | { ok: true; email: string; signedOutSessions: number }
  | { ok: false; linkInvalid: true; message: string }
  | { ok: false; linkInvalid: false; fieldErrors: Partial<Record<ResetPasswordField, string>> };

/** The live reset token of this link (unused, unexpired, the user's newest), with its user's email. */
async function liveToken(token: string) {
  if (!token || token.length > 100) return null;
  return db.passwordResetToken.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userId: true, user: { select: { email: true } } },
  });
}

/**
 * Sets a new password through a reset link: the link is used up in the same transaction, and every
 * session of the user ends (whoever knew the old password is out, this browser included; the page
 * then sends the user to sign in). A link whose password is refused by the policy stays usable.
 * Refusals are in `locale` (English by default).
 */
export async function resetPasswordWithToken({
  token,
  newPassword,
  confirmPassword,
  locale,
}: {
  token: string;
  newPassword: string;
  confirmPassword: string;
  locale?: Locale;
}): Promise<ResetPasswordResult> {
  const t = await translator({ locale });
  const linkInvalid = { ok: false, linkInvalid: true, message: t("auth.resetPassword.linkInvalid") } as const;
  const found = await liveToken(token);
  if (!found) return linkInvalid;
  const problem = passwordProblem({ password: newPassword, email: found.user.email, t });
  if (problem) return { ok: false, linkInvalid: false, fieldErrors: { newPassword: problem } };
  if (confirmPassword !== newPassword) {
    return { ok: false, linkInvalid: false, fieldErrors: { confirmPassword: t("auth.resetPassword.mismatch") } };
  }
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  const signedOut = await db.$transaction(async (tx) => {
    // Only one request can use the link: the second finds it used.
    const used = await tx.passwordResetToken.updateMany({ where: { id: found.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) return null;
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash, passwordChangedAt: now } });
    await tx.passwordResetToken.deleteMany({ where: { userId: found.userId, id: { not: found.id } } });
    const revoked = await tx.session.updateMany({ where: { userId: found.userId, revokedAt: null }, data: { revokedAt: now } });
    return revoked.count;
  });
  if (signedOut === null) return linkInvalid;
  return { ok: true, email: found.user.email, signedOutSessions: signedOut };
}
