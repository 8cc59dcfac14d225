"use server";

// "Forgot password" and the reset link's form: no session to check; validate with zod, call lib/.
import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { requestPasswordReset, type RequestPasswordResetResult } from "@/lib/auth/password-reset/request-password-reset";
import { resetPasswordWithToken, type ResetPasswordResult } from "@/lib/auth/password-reset/reset-password-with-token";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const requestSchema = z.object({ email: z.string().max(320) });
const resetSchema = z.object({ token: z.string().max(200), newPassword: z.string().max(1024), confirmPassword: z.string().max(1024) });

export async function requestPasswordResetAction(input: { email: string }): Promise<RequestPasswordResetResult> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: (await translator({ locale: await requestLocale() }))("auth.forgotPassword.emailMissing") };
  return requestPasswordReset({ email: parsed.data.email, address: clientAddress(await headers()), locale: await requestLocale() });
}

export async function resetPasswordAction(input: { token: string; newPassword: string; confirmPassword: string }): Promise<ResetPasswordResult> {
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      linkInvalid: false,
      fieldErrors: { newPassword: (await translator({ locale: await requestLocale() }))("auth.password.tooLong", { max: PASSWORD_MAX_LENGTH }) },
    };
  }
  return resetPasswordWithToken({ ...parsed.data, locale: await requestLocale() });
}
