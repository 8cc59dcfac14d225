import type { AppDefinition } from "@/lib/catalog/define";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { labelForPath } from "@/lib/mapping/label-for-path";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { ZapDefinition } from "@/lib/zaps/schema";

/**
 * The catalog's labels for a zap's paths, as a function: "trigger.customer" → "Customer ID",
 * "steps.charge.billing_details.email" → "Billing email". For messages outside the builder (a run's
 * failure, a step test), which have the definition but not the picker. In the language of `apps`
 * (localizedApps()) when given.
 */
export function pathLabeler({
  definition,
  apps,
}: {
  definition: Pick<ZapDefinition, "trigger" | "steps">;
  apps?: readonly AppDefinition[];
}): (path: string) => string | undefined {
  const sources: PickerSource[] = [];
  const { trigger } = definition;
  const triggerEntry = trigger ? findCatalogEntry({ appKey: trigger.app, key: trigger.key, apps }) : undefined;
  if (triggerEntry) sources.push({ root: "trigger", label: triggerEntry.definition.name, data: undefined, fields: triggerEntry.definition.outputFields });
  for (const step of definition.steps) {
    if (isFilterStep(step)) continue;
    const entry = findCatalogEntry({ appKey: step.app, key: step.key, apps });
    if (entry) sources.push({ root: `steps.${step.id}`, label: entry.definition.name, data: undefined, fields: entry.definition.outputFields });
  }
  return (path) => labelForPath({ path, sources });
}
