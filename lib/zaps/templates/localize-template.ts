import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

/** A template's words in another language (catalog.templates.<key>.{name,description,setup}, see catalog-text.ts). */
export function localizeTemplate({ template, text }: { template: ZapTemplate; text: CatalogText }): ZapTemplate {
  const at = (part: string, english: string) => text(["templates", template.key, part], english);
  return {
    ...template,
    name: at("name", template.name),
    description: at("description", template.description),
    ...(template.setup === undefined ? {} : { setup: at("setup", template.setup) }),
  };
}
