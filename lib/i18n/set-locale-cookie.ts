import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers a language in this browser (server actions only), or forgets it with null. */
export async function setLocaleCookie({ locale }: { locale: Locale | null }): Promise<void> {
  const cookieStore = await cookies();
  if (locale === null) {
    cookieStore.delete(LOCALE_COOKIE);
    return;
  }
  cookieStore.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: env().APP_URL.startsWith("https://"),
  });
}
