import type { AppDefinition } from "@/lib/catalog/define";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { apps as registeredApps } from "@/lib/catalog/registry";
import { UNTITLED_ZAP_NAME } from "@/lib/zaps/is-untouched-draft";
import { mapPersonInputs } from "@/lib/zaps/map-person-inputs";
import { pickOnlyConnections, type ConnectionChoice } from "@/lib/zaps/pick-only-connections";
import { EMPTY_ZAP_DEFINITION, type StepConfig, type TriggerConfig, type ZapDefinition } from "@/lib/zaps/schema";
import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StarterProblem } from "@/lib/zaps/starter-problem";

/** `error`: why the query cannot start a zap, worded by starterProblemText(). */
export type StarterDefinition = { name: string; definition: ZapDefinition } | { error: StarterProblem };

const STEP_ID_LENGTH = 32;

/** A catalog key as a step id ("send_transactional_email"), within the step id's rules. */
const stepIdOf = (key: string) =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .replace(/^[^a-z]+/, "")
    .slice(0, STEP_ID_LENGTH) || "step";

/** The catalog and templates a new zap is named from: localizedApps() and localizedTemplates() in the viewer's language. */
interface Wording {
  apps: readonly AppDefinition[];
  templates: readonly ZapTemplate[];
}

/** The app with a trigger of this key: ?trigger= names the trigger alone. */
const triggerAppOf = (key: string, apps: readonly AppDefinition[]) => apps.find((app) => app.triggers.some((trigger) => trigger.key === key));

function triggerPart(key: string, apps: readonly AppDefinition[]): TriggerConfig | { error: StarterProblem } {
  const app = triggerAppOf(key, apps);
  const entry = app && findCatalogEntry({ appKey: app.key, key, apps });
  if (entry?.kind !== "trigger") return { error: { code: "triggerNotFound", values: { key } } };
  return { app: entry.app.key, key: entry.definition.key, connectionId: null, options: {} };
}

function stepPart(value: string, apps: readonly AppDefinition[]): StepConfig | { error: StarterProblem } {
  const [appKey = "", key = "", ...rest] = value.split(".");
  const app = apps.find((candidate) => candidate.key === appKey);
  if (!appKey || !key || rest.length > 0) return { error: { code: "notAStep", values: { value, form: "<app>.<action>" } } };
  if (!app) return { error: { code: "appNotFound", values: { app: appKey } } };
  const entry = findCatalogEntry({ appKey, key, apps });
  if (entry?.kind === "trigger") return { error: { code: "triggerNotStep", values: { name: entry.definition.name, key } } };
  if (!entry) return { error: { code: "stepNotFound", values: { app: app.name, key } } };
  return { id: stepIdOf(key), app: appKey, key, connectionId: null, inputs: {} };
}

/**
 * What the wizard starts from, given /zaps/new's query: a template (?template=), or a trigger
 * (?trigger=) and/or a first step (?step=<app>.<key>), or nothing ("Untitled zap", empty). Always a
 * fresh copy, so the wizard may change it. A trigger brings the lookups its event needs to reach
 * the person (a dispute: Get charge), a Customer.io step comes with the person mapped, and every
 * part takes the user's connection of its app when they have exactly one. Named in `wording`'s
 * language (English when left out).
 */
export function starterDefinition(
  query: { template?: string; trigger?: string; step?: string; connections?: readonly ConnectionChoice[] },
  wording: Wording = { apps: registeredApps, templates: zapTemplates },
): StarterDefinition {
  const started = startFrom(query, wording);
  if ("error" in started) return started;
  return { name: started.name, definition: pickOnlyConnections({ definition: started.definition, connections: query.connections ?? [] }) };
}

function startFrom(query: { template?: string; trigger?: string; step?: string }, { apps, templates }: Wording): StarterDefinition {
  // An empty parameter (?trigger=) counts as absent.
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const [template, trigger, step] = [given(query.template), given(query.trigger), given(query.step)];
  if (template !== undefined) {
    if (trigger !== undefined || step !== undefined) return { error: { code: "templateAndParts" } };
    const found = templates.find((candidate) => candidate.key === template);
    if (!found) return { error: { code: "templateNotFound", values: { template } } };
    return { name: found.name, definition: structuredClone(found.definition) };
  }
  const definition: ZapDefinition = structuredClone(EMPTY_ZAP_DEFINITION);
  const names: string[] = [];
  const person = trigger === undefined ? undefined : triggerAppOf(trigger, apps)?.triggerPerson?.({ triggerKey: trigger });
  if (trigger !== undefined) {
    const part = triggerPart(trigger, apps);
    if ("error" in part) return part;
    definition.trigger = part;
    definition.steps = person?.lookups ?? [];
    names.push(findCatalogEntry({ appKey: part.app, key: part.key, apps })?.definition.name ?? trigger);
  }
  if (step !== undefined) {
    const part = stepPart(step, apps);
    if ("error" in part) return part;
    // The step itself may be the lookup the trigger needs: then it stands alone.
    const lookups = definition.steps.filter((lookup) => isFilterStep(lookup) || lookup.app !== part.app || lookup.key !== part.key);
    definition.steps = [...lookups, person ? mapPersonInputs({ step: part, person }) : part];
    names.push(findCatalogEntry({ appKey: part.app, key: part.key, apps })?.definition.name ?? part.key);
  }
  return { name: names.length > 0 ? names.join(" → ") : UNTITLED_ZAP_NAME, definition };
}
