import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { formatMoney } from "@/lib/i18n/format-money";
import { formatNumber } from "@/lib/i18n/format-number";
import { languageName } from "@/lib/i18n/language-name";
import { translator } from "@/lib/i18n/translator";

// Intl separates a currency symbol from the amount, and a time from "PM", with no-break spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formats per language", () => {
  const date = new Date("2026-12-02T14:05:00Z");

  it("writes dates and times as each language does, in UTC unless told", () => {
    expect(plain(formatDateTime({ date, locale: "pt-BR" }))).toBe("2 de dez. de 2026, 14:05");
    expect(plain(formatDateTime({ date, locale: "en" }))).toBe("Dec 2, 2026, 2:05 PM");
    expect(plain(formatDateTime({ date: date.toISOString(), locale: "pt-BR", timeZone: "America/Sao_Paulo" }))).toBe("2 de dez. de 2026, 11:05");
  });

  it("writes numbers and money in the event's currency", () => {
    expect(formatNumber({ value: 1234.5, locale: "pt-BR" })).toBe("1.234,5");
    expect(formatNumber({ value: 1234.5, locale: "en" })).toBe("1,234.5");
    expect(plain(formatMoney({ amount: 1099, currency: "BRL", locale: "pt-BR" }))).toBe("R$ 1.099,00");
    expect(plain(formatMoney({ amount: 10.99, currency: "usd", locale: "pt-BR" }))).toBe("US$ 10,99");
    expect(plain(formatMoney({ amount: 10.99, currency: "USD", locale: "en" }))).toBe("$10.99");
    expect(plain(formatMoney({ amount: 1099, currency: "BRL", locale: "en" }))).toBe("R$1,099.00");
    expect(plain(formatMoney({ amount: 1200, currency: "JPY", locale: "pt-BR" }))).toBe("JP¥ 1.200");
    expect(() => formatMoney({ amount: 1, currency: "reais", locale: "pt-BR" })).toThrow(/three-letter currency code/);
  });

  it("names each language in itself", () => {
    expect(languageName({ locale: "en" })).toBe("English");
    expect(languageName({ locale: "pt-BR" })).toBe("Português (Brasil)");
  });

  it("translates lib/ messages with plurals in the language asked for", async () => {
    const pt = await translator({ locale: "pt-BR" });
    expect(pt("account.sessions.signedOutOthers", { count: 1 })).toBe("1 outra sessão foi desconectada.");
    expect(pt("common.waitMinutes", { count: 15 })).toBe("15 minutos");
    const en = await translator();
    expect(en("account.password.changed", { others: 0 })).toBe("Password changed. No other sessions were signed in.");
    expect(en("account.password.changed", { others: 2 })).toBe("Password changed. 2 other sessions were signed out.");
  });
});
