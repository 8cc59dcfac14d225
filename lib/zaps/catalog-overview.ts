import type { AppDefinition } from "@/lib/catalog/define";
import { apps as registeredApps } from "@/lib/catalog/registry";
import { newZapHref } from "@/lib/zaps/new-zap-href";

export interface CatalogOverviewEntry {
  key: string;
  name: string;
  description: string;
  /** The Stripe event types a trigger listens to; empty for steps. */
  eventTypes: readonly string[];
  /** Opens the wizard with this trigger or step chosen. */
  tryHref: string;
}

export interface CatalogOverviewApp {
  key: string;
  name: string;
  description: string;
  groups: { kind: "trigger" | "lookup" | "action"; entries: CatalogOverviewEntry[] }[];
}

/** Every app of the catalog with its triggers, lookups and actions, as plain data for the Apps page; `apps` from localizedApps(). */
export function catalogOverview({ apps = registeredApps }: { apps?: readonly AppDefinition[] } = {}): CatalogOverviewApp[] {
  return apps.map((app) => ({
    key: app.key,
    name: app.name,
    description: app.description,
    groups: [
      {
        kind: "trigger" as const,
        entries: app.triggers.map((trigger) => ({
          key: trigger.key,
          name: trigger.name,
          description: trigger.description,
          eventTypes: trigger.eventTypes,
          tryHref: newZapHref({ trigger: trigger.key }),
        })),
      },
      ...(["lookup", "action"] as const).map((kind) => ({
        kind,
        entries: (kind === "lookup" ? app.lookups : app.actions).map((step) => ({
          key: step.key,
          name: step.name,
          description: step.description,
          eventTypes: [],
          tryHref: newZapHref({ step: { app: app.key, key: step.key } }),
        })),
      })),
    ].filter((group) => group.entries.length > 0),
  }));
}
