import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { describeWait } from "@/lib/auth/throttle/sign-in-backoff";
import { knownSignInAddress } from "@/lib/auth/throttle/known-sign-in-address";
import { clearSignInFailures, reserveSignInAttempt } from "@/lib/auth/throttle/sign-in-throttle";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type ChangePasswordField = "currentPassword" | "newPassword" | "confirmPassword";

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export type ChangePasswordResult = { ok: true; signedOutSessions: number } | { ok: false; fieldErrors: Partial<Record<ChangePasswordField, string>> };

/**
 * Changes the user's password and signs out every other session: whoever had the old password
 * (or a stolen cookie) is out, while this browser, which just proved the current password, stays
 * signed in (its cookie holds only the session id, which stays valid). Guesses at the current
 * password count against the same throttle as sign-in. Refusals are in `locale` (English by default).
 */
export async function changePassword({
  userId,
  sessionId,
  address,
  input,
  locale,
}: {
  userId: string;
  sessionId: string;
  address: string;
  input: ChangePasswordInput;
  locale?: Locale;
}): Promise<ChangePasswordResult> {
  const t = await translator({ locale });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  const fieldErrors: Partial<Record<ChangePasswordField, string>> = {};
  if (!input.currentPassword) fieldErrors.currentPassword = t("account.password.currentMissing");
  const problem = passwordProblem({ password: input.newPassword, email: user.email, t });
  if (problem) fieldErrors.newPassword = problem;
  else if (input.confirmPassword !== input.newPassword) fieldErrors.confirmPassword = t("account.password.mismatch");
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const subject = { email: user.email, address, knownAddress: await knownSignInAddress({ email: user.email, address }) };
  const reservation = await reserveSignInAttempt(subject);
  const wait = (seconds: number) => t("account.password.tooManyAttempts", { wait: describeWait({ seconds, t }) });
  if (!reservation.allowed) return { ok: false, fieldErrors: { currentPassword: wait(reservation.retryAfterSeconds) } };
  const currentOk =
    input.currentPassword.length <= PASSWORD_MAX_LENGTH * 4 && (await verifyPassword({ hash: user.passwordHash, password: input.currentPassword }));
  if (!currentOk) {
    return {
      ok: false,
      fieldErrors: { currentPassword: reservation.blockedForSeconds > 0 ? wait(reservation.blockedForSeconds) : t("account.password.wrongCurrent") },
    };
  }
  await clearSignInFailures(subject);
  if (input.newPassword === input.currentPassword) {
    return { ok: false, fieldErrors: { newPassword: t("account.password.sameAsCurrent") } };
  }

  const passwordHash = await hashPassword(input.newPassword);
  const [, revoked] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } }),
    db.session.updateMany({ where: { userId, revokedAt: null, id: { not: sessionId } }, data: { revokedAt: new Date() } }),
  ]);
  return { ok: true, signedOutSessions: revoked.count };
}
