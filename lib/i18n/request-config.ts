// next-intl's configuration for each request (next.config.ts points its plugin here). No locale in
// URLs: every route is the same in every language, and the language comes from request-locale.ts.
import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/lib/i18n/is-locale";
import { loadMessages } from "@/lib/i18n/load-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export default getRequestConfig(async ({ locale: asked }) => {
  // getTranslations({ locale }) asks for a given language (an email in its recipient's language).
  const locale = isLocale(asked) ? asked : await requestLocale();
  // The server does not know the viewer's time zone: it renders UTC until <LocalTime> takes over in the browser.
  return { locale, messages: await loadMessages({ locale }), timeZone: "UTC" };
});
