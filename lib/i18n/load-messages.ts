import type { Messages } from "next-intl";
import { MESSAGES, type Locale } from "@/lib/i18n/locales";

export async function loadMessages({ locale }: { locale: Locale }): Promise<Messages> {
  return (await MESSAGES[locale]()).default;
}
