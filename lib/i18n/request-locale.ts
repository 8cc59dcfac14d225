import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

/** The language of this request (pages, server actions): see resolve-locale.ts. Read once per request. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [user, cookieStore, headerList] = await Promise.all([currentUser(), cookies(), headers()]);
  return resolveLocale({
    userLocale: user?.locale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
});
