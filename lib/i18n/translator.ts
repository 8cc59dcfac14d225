import { createTranslator, type _Translator, type Messages } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** A `t` for full keys ("auth.signIn.title"), as next-intl's useTranslations() and getTranslations() give. */
export type Translate = _Translator<Messages>;

/**
 * Messages outside a page render (lib/ functions, emails, next-auth's sign-in): the caller passes
 * the language, English by default.
 */
export async function translator({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}): Promise<Translate> {
  return createTranslator({ locale, messages: await loadMessages({ locale }) }) as Translate;
}
