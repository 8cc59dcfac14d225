import { LOCALES, type Locale } from "@/lib/i18n/locales";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as string[]).includes(value);
}
