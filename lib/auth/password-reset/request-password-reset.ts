import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { issuePasswordReset, PASSWORD_RESET_MINUTES } from "@/lib/auth/password-reset/issue-password-reset";
import { reservePasswordResetRequest } from "@/lib/auth/password-reset/password-reset-throttle";
import { describeWait } from "@/lib/auth/throttle/sign-in-backoff";
import { sendEmail } from "@/lib/notifications/send-email";

export const RESET_REQUESTED =
  "If an account uses this email, a link to choose a new password is on its way. It works once, for 30 minutes. Check your spam folder if it does not arrive.";

export type RequestPasswordResetResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Forgot password": emails a one-time link to the account of this email. The answer is the same
 * whether or not the account exists, and so are the limits (per email and per address), so the
 * page tells nobody which emails have an account. The email goes out after the answer (not
 * awaited), so a slow mail server does not give existing accounts away by timing either.
 */
export async function requestPasswordReset({ email: rawEmail, address }: { email: string; address: string }): Promise<RequestPasswordResetResult> {
  const email = normalizeEmail(rawEmail);
  if (!email || !email.includes("@") || email.length > 254) return { ok: false, message: "Enter the email address you sign in with." };
  const reservation = await reservePasswordResetRequest({ email, address });
  if (!reservation.allowed) {
    return { ok: false, message: `Too many reset requests. Try again in ${describeWait(reservation.retryAfterSeconds)}.` };
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (user) {
    void issuePasswordReset({ userId: user.id })
      .then(({ link }) =>
        sendEmail({
          to: user.email,
          subject: "Conduit: choose a new password",
          text:
            `Someone (hopefully you) asked to reset the password of your Conduit account.\n\n` +
            `Choose a new password here (the link works once, for ${PASSWORD_RESET_MINUTES} minutes):\n${link}\n\n` +
            `Resetting signs out every browser signed in to your account. If you did not ask for this, ignore this email: your password stays as it is.\n`,
        }),
      )
      .catch((error: unknown) => logger.error("password reset email failed", { error }));
  }
  return { ok: true, message: RESET_REQUESTED };
}
