import type { AppDefinition } from "@/lib/catalog/define";
import { catalogText } from "@/lib/catalog/catalog-text";
import { localizeApp } from "@/lib/catalog/localize-app";
import { apps } from "@/lib/catalog/registry";
import type { Locale } from "@/lib/i18n/locales";

/** Every app of the registry, its text in `locale`: what pages and their data routes describe to the browser. */
export async function localizedApps({ locale }: { locale: Locale }): Promise<readonly AppDefinition[]> {
  const text = await catalogText({ locale });
  return apps.map((app) => localizeApp({ app, text }));
}
