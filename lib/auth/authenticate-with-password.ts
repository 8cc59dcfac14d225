import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { describeWait } from "@/lib/auth/throttle/sign-in-backoff";
import { knownSignInAddress } from "@/lib/auth/throttle/known-sign-in-address";
import { clearSignInFailures, reserveSignInAttempt, type Reservation } from "@/lib/auth/throttle/sign-in-throttle";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** A sign-in refusal whose message is safe to show as it is. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInError";
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, throttled per account, per address and per both (see
 * throttle/sign-in-backoff.ts); the per-account limit does not apply from an address the account
 * signed in from before, so an attacker cannot keep the owner out. Unknown emails cost the same hash as known ones, and both get
 * the same message, so the answer does not tell which accounts exist. Refusals are in `locale`
 * (English by default).
 */
export async function authenticateWithPassword({
  email: rawEmail,
  password,
  address,
  locale,
}: {
  email: string;
  password: string;
  address: string;
  locale?: Locale;
}): Promise<{ id: string; email: string; name: string | null }> {
  const t = await translator({ locale });
  const tooManyAttempts = (seconds: number) => t("auth.signIn.tooManyAttempts", { wait: describeWait({ seconds, t }) });
  const email = normalizeEmail(rawEmail);
  if (!email || !password) throw new SignInError(t("auth.signIn.missingFields"));
  let subject: { email: string; address: string; knownAddress: boolean };
  let reservation: Reservation;
  try {
    subject = { email, address, knownAddress: await knownSignInAddress({ email, address }) };
    reservation = await reserveSignInAttempt(subject);
  } catch (error) {
    logger.error("sign-in throttle unavailable", { error });
    throw new SignInError(t("auth.signIn.unavailable"));
  }
  if (!reservation.allowed) throw new SignInError(tooManyAttempts(reservation.retryAfterSeconds));

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  dummyHash ??= hashPassword("not-a-real-password-just-equal-timing");
  const storedHash = user?.passwordHash ?? (await dummyHash);
  const passwordOk = password.length <= PASSWORD_MAX_LENGTH * 4 && (await verifyPassword({ hash: storedHash, password }));

  if (!user || !passwordOk) {
    throw new SignInError(reservation.blockedForSeconds > 0 ? tooManyAttempts(reservation.blockedForSeconds) : t("auth.signIn.wrongCredentials"));
  }
  await clearSignInFailures(subject);
  return { id: user.id, email: user.email, name: user.name };
}
