import type { AppDefinition } from "@/lib/catalog/define";
import { catalogText } from "@/lib/catalog/catalog-text";
import { localizeApp } from "@/lib/catalog/localize-app";
import { apps } from "@/lib/catalog/registry";
import type { Locale } from "@/lib/i18n/locales";

// The registry and the messages files do not change while the process runs: one copy per language.
const byLocale = new Map<Locale, Promise<readonly AppDefinition[]>>();

/** Every app of the registry, its text in `locale`: what pages and their data routes describe to the browser. */
export function localizedApps({ locale }: { locale: Locale }): Promise<readonly AppDefinition[]> {
  let localized = byLocale.get(locale);
  if (!localized) {
    localized = catalogText({ locale }).then((text) => apps.map((app) => localizeApp({ app, text })));
    // A failed load is not kept: the next call tries again.
    localized.catch(() => byLocale.delete(locale));
    byLocale.set(locale, localized);
  }
  return localized;
}
