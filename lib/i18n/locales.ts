import type en from "@/messages/en.json";

/**
 * The languages Conduit speaks, each with its messages file. A new language is its file in
 * messages/ (the same keys as en.json) plus one line here; tsc refuses a file missing a key.
 */
export const MESSAGES = {
  en: () => import("@/messages/en.json"),
  "pt-BR": () => import("@/messages/pt-BR.json"),
} satisfies Record<string, () => Promise<{ default: typeof en }>>;

export type Locale = keyof typeof MESSAGES;

export const LOCALES = Object.keys(MESSAGES) as Locale[];

/** Used when nothing the browser asks for is spoken here. */
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the sign-in and sign-up pages' language switch sets (and the Account page's choice). */
export const LOCALE_COOKIE = "locale";
