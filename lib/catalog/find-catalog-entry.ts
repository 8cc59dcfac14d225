import type { ActionDefinition, AppDefinition, LookupDefinition, TriggerDefinition } from "@/lib/catalog/define";
import { apps as registeredApps } from "@/lib/catalog/registry";

export type CatalogEntry =
  | { kind: "trigger"; app: AppDefinition; definition: TriggerDefinition }
  | { kind: "lookup"; app: AppDefinition; definition: LookupDefinition }
  | { kind: "action"; app: AppDefinition; definition: ActionDefinition };

/** The part of an app's declaration (and of its catalog keys, catalog-text.ts) an entry is in: "triggers", "lookups" or "actions". */
export const catalogSection = (kind: CatalogEntry["kind"]) => (({ trigger: "triggers", lookup: "lookups", action: "actions" }) as const)[kind];

/** The trigger, lookup or action with these persisted keys, or undefined (e.g. removed since); among `apps` when given (localizedApps()). */
export function findCatalogEntry({
  appKey,
  key,
  apps = registeredApps,
}: {
  appKey: string;
  key: string;
  apps?: readonly AppDefinition[];
}): CatalogEntry | undefined {
  const app = apps.find((candidate) => candidate.key === appKey);
  if (!app) return undefined;
  const trigger = app.triggers.find((candidate) => candidate.key === key);
  if (trigger) return { kind: "trigger", app, definition: trigger };
  const lookup = app.lookups.find((candidate) => candidate.key === key);
  if (lookup) return { kind: "lookup", app, definition: lookup };
  const action = app.actions.find((candidate) => candidate.key === key);
  return action ? { kind: "action", app, definition: action } : undefined;
}
