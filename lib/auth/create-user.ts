import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeEmail } from "@/lib/auth/normalize-email";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { describeWait } from "@/lib/auth/throttle/sign-in-backoff";
import { refundSignUpAttempt, reserveSignUpAttempt } from "@/lib/auth/throttle/sign-up-throttle";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// The messages are message keys, translated in createUser.
const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(100, "auth.signUp.nameTooLong")
    .optional()
    .transform((name) => name || undefined),
  email: z.string().trim().min(1, "auth.signUp.emailMissing").max(254, "auth.signUp.emailTooLong").pipe(z.email("auth.signUp.emailInvalid")),
  password: z.string(),
});
type SignUpSchemaMessage = "auth.signUp.nameTooLong" | "auth.signUp.emailMissing" | "auth.signUp.emailTooLong" | "auth.signUp.emailInvalid";

export type SignUpInput = z.input<typeof signUpSchema>;

export type SignUpResult =
  { ok: true; user: { id: string; email: string } } | { ok: false; fieldErrors: Partial<Record<"name" | "email" | "password", string>> };

// Without email verification, sign-up cannot hide that an email has an account: a new email signs
// in at once, a taken one cannot. So, like GitHub ("Email is invalid or already taken"), the answer
// does not spell it out, and sign-up-throttle.ts limits refusals per address and per email, which
// makes probing many emails pointless. The message (auth.signUp.emailTaken) still tells the owner
// what to do.

/**
 * Validates a sign-up and creates the user; every refusal says what to change. The sign-up form
 * passes the client's `address`, which turns on the limits of sign-up-throttle.ts; code that
 * creates users directly (tests, fixtures) leaves it out. Refusals are in `locale` (English by default).
 */
export async function createUser({ input, address, locale }: { input: SignUpInput; address?: string; locale?: Locale }): Promise<SignUpResult> {
  const t = await translator({ locale });
  const parsed = signUpSchema.safeParse(input);
  const fieldErrors: Partial<Record<"name" | "email" | "password", string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as "name" | "email" | "password";
      fieldErrors[field] ??= t(issue.message as SignUpSchemaMessage);
    }
  }
  const email = parsed.success ? normalizeEmail(parsed.data.email) : undefined;
  const problem = passwordProblem({ password: input.password, email, t });
  if (problem) fieldErrors.password = problem;
  if (!parsed.success || !email || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const subject = address === undefined ? undefined : { email, address };
  if (subject) {
    const reservation = await reserveSignUpAttempt(subject);
    if (!reservation.allowed) {
      return { ok: false, fieldErrors: { email: t("auth.signUp.tooManyAttempts", { wait: describeWait({ seconds: reservation.retryAfterSeconds, t }) }) } };
    }
  }
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: t("auth.signUp.emailTaken") } };
  }
  try {
    const user = await db.user.create({
      data: { email, name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) },
      select: { id: true, email: true },
    });
    if (subject) await refundSignUpAttempt(subject);
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups for one email at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: t("auth.signUp.emailTaken") } };
    }
    throw error;
  }
}
