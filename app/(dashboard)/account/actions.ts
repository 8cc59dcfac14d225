"use server";

// The Account page's server actions: check the session, validate with zod, call lib/.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { changePassword } from "@/lib/auth/change-password";
import { clientAddress } from "@/lib/auth/client-address";
import { requireUser } from "@/lib/auth/current-user";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { revokeOtherSessions } from "@/lib/auth/revoke-other-sessions";
import { revokeUserSession } from "@/lib/auth/revoke-user-session";
import { setUserLocale } from "@/lib/auth/set-user-locale";
import { setUserTimeZone } from "@/lib/auth/set-user-time-zone";
import { isTimeZone } from "@/lib/i18n/is-time-zone";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { setLocaleCookie } from "@/lib/i18n/set-locale-cookie";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";

const PAGE = "/account";

const changePasswordInputSchema = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

export const changePasswordAction = authedAction({
  schema: changePasswordInputSchema,
  onInvalid: async () => ({
    ok: false,
    fieldErrors: { newPassword: (await translator({ locale: await requestLocale() }))("auth.password.tooLong", { max: PASSWORD_MAX_LENGTH }) },
  }),
  run: async ({ user, input }) => {
    const result = await changePassword({
      userId: user.id,
      sessionId: user.sessionId,
      address: clientAddress(await headers()),
      input,
      locale: await requestLocale(),
    });
    if (result.ok) revalidatePath(PAGE);
    return result;
  },
});

export const signOutSession = authedAction({
  schema: z.object({ sessionId: z.uuid() }),
  onInvalid: async () => ({ ok: false, message: (await translator({ locale: await requestLocale() }))("account.sessions.notFound") }),
  run: async ({ user, input }) => {
    const result = await revokeUserSession({ userId: user.id, sessionId: input.sessionId, locale: await requestLocale() });
    revalidatePath(PAGE);
    return result;
  },
});

export async function signOutOtherSessions(): Promise<{ count: number }> {
  const user = await requireUser();
  const result = await revokeOtherSessions({ userId: user.id, currentSessionId: user.sessionId });
  revalidatePath(PAGE);
  return result;
}

/**
 * The Language setting: saved on the account (it follows the user to every browser and picks the
 * language of emails), and in this browser's cookie, so the sign-in page keeps it after signing out.
 * null follows the browser's language again.
 */
export const setLanguageAction = authedAction<z.ZodType<{ locale: Locale | null }>, { ok: true } | { ok: false; message: string }>({
  schema: z.object({ locale: z.enum(LOCALES).nullable() }),
  onInvalid: async () => ({ ok: false, message: (await translator({ locale: await requestLocale() }))("account.language.invalid") }),
  run: async ({ user, input }) => {
    await setUserLocale({ userId: user.id, locale: input.locale });
    await setLocaleCookie({ locale: input.locale });
    revalidatePath("/", "layout");
    return { ok: true };
  },
});

/** The Time zone setting: times show in this zone on every browser; null shows each browser's own. */
export const setTimeZoneAction = authedAction<z.ZodType<{ timeZone: string | null }>, { ok: true } | { ok: false; message: string }>({
  schema: z.object({ timeZone: z.string().refine(isTimeZone).nullable() }),
  onInvalid: async () => ({ ok: false, message: (await translator({ locale: await requestLocale() }))("account.timeZone.invalid") }),
  run: async ({ user, input }) => {
    await setUserTimeZone({ userId: user.id, timeZone: input.timeZone });
    revalidatePath("/", "layout");
    return { ok: true };
  },
});
