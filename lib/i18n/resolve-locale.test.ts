import { describe, expect, it } from "vitest";
import { localeFromHeaders } from "@/lib/i18n/locale-from-headers";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

describe("negotiateLocale (Accept-Language)", () => {
  it.each([
    ["pt-BR", "pt-BR"],
    ["pt-br,pt;q=0.9", "pt-BR"],
    ["pt", "pt-BR"],
    ["pt-PT,pt;q=0.9,en;q=0.8", "pt-BR"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["fr-FR,pt;q=0.5", "pt-BR"],
    ["en;q=0.4,pt-BR;q=0.8", "pt-BR"],
    ["pt-BR;q=0,en", "en"],
    ["*", "en"],
    ["", "en"],
    [null, "en"],
    ["garbage;;;q=x,,", "en"],
  ])("%j → %s", (acceptLanguage, locale) => {
    expect(negotiateLocale({ acceptLanguage })).toBe(locale);
  });
});

describe("resolveLocale", () => {
  it("prefers the user's choice, then the cookie, then Accept-Language", () => {
    expect(resolveLocale({ userLocale: "en", cookieLocale: "pt-BR", acceptLanguage: "pt-BR" })).toBe("en");
    expect(resolveLocale({ userLocale: "pt-BR", cookieLocale: "en", acceptLanguage: "en" })).toBe("pt-BR");
    expect(resolveLocale({ userLocale: null, cookieLocale: "pt-BR", acceptLanguage: "en-US" })).toBe("pt-BR");
    expect(resolveLocale({ userLocale: null, cookieLocale: "en", acceptLanguage: "pt-BR" })).toBe("en");
    expect(resolveLocale({ userLocale: null, cookieLocale: undefined, acceptLanguage: "pt-PT" })).toBe("pt-BR");
  });

  it("skips values that are not one of Conduit's languages", () => {
    expect(resolveLocale({ userLocale: "de", cookieLocale: "pt", acceptLanguage: "pt-BR" })).toBe("pt-BR");
    expect(resolveLocale({ userLocale: "", cookieLocale: "xx", acceptLanguage: "en" })).toBe("en");
  });
});

describe("localeFromHeaders (sign-in, before any user)", () => {
  it("reads the locale cookie among others, else Accept-Language", () => {
    expect(localeFromHeaders({ cookie: "a=1; locale=pt-BR; next-auth.csrf-token=x", acceptLanguage: "en-US" })).toBe("pt-BR");
    expect(localeFromHeaders({ cookie: "locale=en", acceptLanguage: "pt-BR" })).toBe("en");
    expect(localeFromHeaders({ cookie: "mylocale=en", acceptLanguage: "pt-BR" })).toBe("pt-BR");
    expect(localeFromHeaders({ cookie: undefined, acceptLanguage: "pt" })).toBe("pt-BR");
    expect(localeFromHeaders({ cookie: "locale=%E0", acceptLanguage: "pt" })).toBe("pt-BR");
  });
});
