import type { Locale } from "@/lib/i18n/locales";

/** A language's name in that language, as a language menu shows it: "English", "Português (Brasil)". */
export function languageName({ locale }: { locale: Locale }): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
