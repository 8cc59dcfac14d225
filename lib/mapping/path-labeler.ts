import type { AppDefinition, OutputField } from "@/lib/catalog/define";
import { catalogSection, findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { catalogWords } from "@/lib/i18n/user-message";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { ZapDefinition } from "@/lib/zaps/schema";

/** A catalog label: its text (in the language of the apps it came from) and its catalog key, to word it in another. */
export type CatalogLabel = { text: string; catalog: string[] };

/**
 * The catalog's labels for a zap's paths, as a function: "trigger.customer" → "Customer ID",
 * "steps.charge.billing_details.email" → "Billing email". For messages outside the builder (a run's
 * failure, a step test), which have the definition but not the picker. In the language of `apps`
 * (localizedApps()) when given; the catalog key lets a stored message word it in the viewer's language.
 */
export function pathLabeler({
  definition,
  apps,
}: {
  definition: Pick<ZapDefinition, "trigger" | "steps">;
  apps?: readonly AppDefinition[];
}): (path: string) => CatalogLabel | undefined {
  const sources: { root: string; catalog: string[]; fields: readonly OutputField[] }[] = [];
  const { trigger } = definition;
  const triggerEntry = trigger ? findCatalogEntry({ appKey: trigger.app, key: trigger.key, apps }) : undefined;
  if (trigger && triggerEntry) {
    sources.push({ root: "trigger", catalog: [trigger.app, "triggers", trigger.key, "outputFields"], fields: triggerEntry.definition.outputFields });
  }
  for (const step of definition.steps) {
    if (isFilterStep(step)) continue;
    const entry = findCatalogEntry({ appKey: step.app, key: step.key, apps });
    if (!entry) continue;
    sources.push({
      root: `steps.${step.id}`,
      catalog: [step.app, catalogSection(entry.kind), step.key, "outputFields"],
      fields: entry.definition.outputFields,
    });
  }
  return (path) => {
    for (const source of sources) {
      if (!path.startsWith(`${source.root}.`)) continue;
      const relative = path.slice(source.root.length + 1);
      const field = source.fields.find((candidate) => candidate.path === relative);
      if (field) return catalogWords({ catalog: [...source.catalog, field.path, "label"], text: field.label }) as CatalogLabel;
    }
    return undefined;
  };
}
