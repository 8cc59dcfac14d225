import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

/**
 * The language of a request known only by its headers (next-auth's sign-in, before any user): the
 * language switch's cookie, else Accept-Language.
 */
export function localeFromHeaders({ cookie, acceptLanguage }: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  const cookieLocale = (cookie ?? "")
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale({ cookieLocale, acceptLanguage });
}
