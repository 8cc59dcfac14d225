import type { Messages } from "next-intl";
import { MESSAGES, type Locale } from "@/lib/i18n/locales";

export async function loadMessages({ locale }: { locale: Locale }): Promise<Messages> {
  // The catalog's translations are plain text that lib/catalog/catalog-text.ts reads: next-intl (and
  // with it every page's client bundle) never gets them.
  const messages: Messages & { catalog?: unknown } = { ...(await MESSAGES[locale]()).default };
  delete messages.catalog;
  return messages;
}
