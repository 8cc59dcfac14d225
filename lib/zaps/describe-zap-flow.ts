import type { AppDefinition } from "@/lib/catalog/define";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { isFilterStep } from "@/lib/zaps/is-filter-step";

/** One trigger or step as lists show it: its app and its name in the catalog. */
export interface FlowPart {
  app: string;
  appName: string;
  key: string;
  name: string;
}

export interface ZapFlow {
  trigger: FlowPart | null;
  steps: FlowPart[];
}

const part = (apps: readonly AppDefinition[], app: string, key: string): FlowPart => {
  const entry = findCatalogEntry({ appKey: app, key, apps });
  // A part removed from the catalog since keeps its keys, so the list still says what it was.
  return { app, appName: entry?.app.name ?? app, key, name: entry?.definition.name ?? key };
};

/** "Trigger → steps" of a stored definition, with the names of `apps` (localizedApps()); an unreadable one reads as empty. */
export function describeZapFlow({ definition, apps }: { definition: unknown; apps: readonly AppDefinition[] }): ZapFlow {
  const parsed = zapDefinitionSchema.safeParse(definition);
  if (!parsed.success) return { trigger: null, steps: [] };
  const { trigger, steps } = parsed.data;
  return {
    trigger: trigger ? part(apps, trigger.app, trigger.key) : null,
    steps: steps.flatMap((step) => (isFilterStep(step) ? [] : [part(apps, step.app, step.key)])),
  };
}
