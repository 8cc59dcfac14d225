import { catalogText } from "@/lib/catalog/catalog-text";
import type { Locale } from "@/lib/i18n/locales";
import { localizeTemplate } from "@/lib/zaps/templates/localize-template";
import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

/** The template gallery, its words in `locale`. */
export async function localizedTemplates({ locale }: { locale: Locale }): Promise<readonly ZapTemplate[]> {
  const text = await catalogText({ locale });
  return zapTemplates.map((template) => localizeTemplate({ template, text }));
}
