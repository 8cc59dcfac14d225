import type { Locale } from "@/lib/i18n/locales";

/**
 * A date and time as the language writes it: "2 de dez. de 2026, 14:05" (pt-BR), "Dec 2, 2026,
 * 2:05 PM" (en). In UTC unless told a time zone: the server does not know the viewer's.
 */
export function formatDateTime({ date, locale, timeZone = "UTC" }: { date: Date | string; locale: Locale; timeZone?: string }): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(date));
}
