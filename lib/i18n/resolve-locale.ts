import { isLocale } from "@/lib/i18n/is-locale";
import type { Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/**
 * The language of a request: the signed-in user's choice (Account page), else the language switch's
 * cookie, else the browser's Accept-Language. Values that are not one of Conduit's languages (an
 * old cookie, a language since removed) are skipped.
 */
export function resolveLocale({
  userLocale,
  cookieLocale,
  acceptLanguage,
}: {
  userLocale?: string | null;
  cookieLocale?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(cookieLocale)) return cookieLocale;
  return negotiateLocale({ acceptLanguage });
}
