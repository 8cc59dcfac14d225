import type { ActionDefinition, AppDefinition, TriggerDefinition } from "@/lib/catalog/define";
import { findApp } from "@/lib/catalog/find-app";

export type CatalogEntry =
  { kind: "trigger"; app: AppDefinition; definition: TriggerDefinition } | { kind: "lookup" | "action"; app: AppDefinition; definition: ActionDefinition };

/** The trigger, lookup or action with these persisted keys, or undefined (e.g. removed since). */
export function findCatalogEntry({ appKey, key }: { appKey: string; key: string }): CatalogEntry | undefined {
  const app = findApp({ appKey });
  if (!app) return undefined;
  const trigger = app.triggers.find((candidate) => candidate.key === key);
  if (trigger) return { kind: "trigger", app, definition: trigger };
  const lookup = app.lookups.find((candidate) => candidate.key === key);
  if (lookup) return { kind: "lookup", app, definition: lookup };
  const action = app.actions.find((candidate) => candidate.key === key);
  return action ? { kind: "action", app, definition: action } : undefined;
}
