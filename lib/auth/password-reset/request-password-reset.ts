import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { issuePasswordReset, PASSWORD_RESET_MINUTES } from "@/lib/auth/password-reset/issue-password-reset";
import { reservePasswordResetRequest } from "@/lib/auth/password-reset/password-reset-throttle";
import { describeWait } from "@/lib/auth/throttle/sign-in-backoff";
import { isLocale } from "@/lib/i18n/is-locale";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { sendEmail } from "@/lib/notifications/send-email";

export type RequestPasswordResetResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Forgot password": emails a one-time link to the account of this email. The answer is the same
 * whether or not the account exists, and so are the limits (per email and per address), so the
 * page tells nobody which emails have an account. The email goes out after the answer (not
 * awaited), so a slow mail server does not give existing accounts away by timing either. The answer
 * is in `locale` (the page's); the email in the account's chosen language, else the same.
 */
export async function requestPasswordReset({
  email: rawEmail,
  address,
  locale,
}: {
  email: string;
  address: string;
  locale?: Locale;
}): Promise<RequestPasswordResetResult> {
  const t = await translator({ locale });
  const email = normalizeEmail(rawEmail);
  if (!email || !email.includes("@") || email.length > 254) return { ok: false, message: t("auth.forgotPassword.emailMissing") };
  const reservation = await reservePasswordResetRequest({ email, address });
  if (!reservation.allowed) {
    return { ok: false, message: t("auth.forgotPassword.tooManyRequests", { wait: describeWait({ seconds: reservation.retryAfterSeconds, t }) }) };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (user) {
    void Promise.all([issuePasswordReset({ userId: user.id }), translator({ locale: isLocale(user.locale) ? user.locale : locale })])
      .then(([{ link }, tEmail]) =>
        sendEmail({
          to: user.email,
          subject: tEmail("auth.resetEmail.subject"),
          text: tEmail("auth.resetEmail.body", { minutes: PASSWORD_RESET_MINUTES, link }),
        }),
      )
      .catch((error: unknown) => logger.error("password reset email failed", { error }));
  }
  return { ok: true, message: t("auth.forgotPassword.requested") };
}
