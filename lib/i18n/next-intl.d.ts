// Types next-intl's keys and locales: t("auth.signIn.title") is checked against messages/en.json.
import type en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
