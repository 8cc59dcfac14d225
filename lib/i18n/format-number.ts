import type { Locale } from "@/lib/i18n/locales";

/** A number as the language writes it: 1.234,5 (pt-BR), 1,234.5 (en). */
export function formatNumber({ value, locale, maximumFractionDigits = 2 }: { value: number; locale: Locale; maximumFractionDigits?: number }): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}
