import type { Locale } from "@/lib/i18n/locales";

/**
 * An amount of money for the viewer, in its own currency: R$ 1.099,00 and US$ 10,99 in pt-BR,
 * $10.99 in English. `amount` is in the currency's main unit (10.99, not Stripe's 1099 cents).
 * Not for what is sent to vendors: the mapping formatter `money` keeps its own fixed locale.
 */
export function formatMoney({ amount, currency, locale }: { amount: number; currency: string; locale: Locale }): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`formatMoney needs a three-letter currency code such as "BRL", not ${JSON.stringify(currency)}.`);
  return new Intl.NumberFormat(locale, { style: "currency", currency: code }).format(amount);
}
