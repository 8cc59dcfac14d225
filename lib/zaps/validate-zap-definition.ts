// Whether a definition may be published: every part exists in the catalog, every connection is the
// user's, of the right app and working, every required field is mapped and every template parses.
// Each problem points at the step it belongs to, so the builder can show it there, in the viewer's
// language: `t` words the problems, and `apps` (localizedApps()) gives the fields' labels in it.
import type { AppDefinition } from "@/lib/catalog/define";
import { fieldProblem, fieldsSchema } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { checkTemplate } from "@/lib/mapping/check-template";
import type { Filter } from "@/lib/filters/schema";
import type { Translate } from "@/lib/i18n/translator";
import { said, userMessageText, type UserMessage } from "@/lib/i18n/user-message";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { MappedValue, ZapDefinition } from "@/lib/zaps/schema";

export interface DefinitionProblem {
  /** "trigger", "filter" (the one after the trigger), "steps" or a step's id (a filter step's too). */
  where: string;
  message: string;
}

export interface ConnectionFacts {
  id: string;
  app: string;
  status: string;
  label: string;
}

const isMapped = (value: MappedValue | undefined) =>
  value !== undefined && (typeof value === "boolean" || (typeof value === "string" ? value.trim() !== "" : value.length > 0));

/** A choice with a default ("If no charge is found": stop) always has a value: the default applies when none is set. */
const hasDefault = (field: object) => "default" in field && field.default !== undefined;

function templatesOf(value: MappedValue | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === "string" ? [] : [item.key, item.value]));
  return [];
}

export function validateZapDefinition({
  definition,
  connections,
  t,
  apps,
}: {
  definition: ZapDefinition;
  /** The owner's connections: anything else counts as missing. */
  connections: ConnectionFacts[];
  t: Translate;
  /** The catalog in the viewer's language (localizedApps()); the registry's English when omitted. */
  apps?: readonly AppDefinition[];
}): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  /** "Email: A field {{ }} is empty…", in the viewer's language. */
  const named = (field: string, problem: UserMessage) => userMessageText({ message: said("fieldErrors.named", { field, problem }), t });
  const checkConnection = (where: string, connectionId: string | null, app: string, appName: string) => {
    const connection = connections.find((candidate) => candidate.id === connectionId);
    if (!connectionId || !connection) problems.push({ where, message: t("builder.problems.chooseConnection", { app: appName }) });
    else if (connection.app !== app) problems.push({ where, message: t("builder.problems.wrongApp", { label: connection.label, app: appName }) });
    else if (connection.status !== "ACTIVE") problems.push({ where, message: t("builder.problems.connectionBroken", { label: connection.label }) });
  };

  const { trigger } = definition;
  if (!trigger) {
    problems.push({ where: "trigger", message: t("builder.problems.chooseTrigger") });
  } else {
    const entry = findCatalogEntry({ appKey: trigger.app, key: trigger.key, apps });
    if (entry?.kind !== "trigger") {
      problems.push({ where: "trigger", message: t("builder.problems.triggerGone", { key: trigger.key }) });
    } else {
      checkConnection("trigger", trigger.connectionId, entry.app.key, entry.app.name);
      const options = fieldsSchema(entry.definition.options).safeParse(trigger.options);
      // In the viewer's language, with the option's label as the localized apps word it.
      const label = (name: PropertyKey | undefined) => entry.definition.options[String(name)]?.label ?? String(name);
      if (!options.success)
        for (const issue of options.error.issues)
          problems.push({ where: "trigger", message: userMessageText({ message: fieldProblem({ issue, field: label(issue.path[0]) }), t }) });
    }
  }

  /** The step ids a template reads (steps.<id>…), formatters' field arguments included. */
  const stepsRead = (parts: Extract<ReturnType<typeof checkTemplate>, { ok: true }>["parts"]) =>
    new Set(
      parts.flatMap((part) =>
        part.type !== "token"
          ? []
          : [part.path, ...part.formatters.flatMap((call) => (call.arg && "path" in call.arg ? [call.arg.path] : []))].flatMap((path) =>
              path.startsWith("steps.") ? [path.split(".")[1] ?? ""] : [],
            ),
      ),
    );
  const checkFilter = (where: string, filter: Filter, earlierSteps: ReadonlySet<string>) => {
    for (const [groupIndex, group] of filter.groups.entries()) {
      for (const [ruleIndex, rule] of group.rules.entries()) {
        const name = t("builder.problems.filterRule", { group: groupIndex + 1, rule: ruleIndex + 1 });
        for (const checked of [checkTemplate(`{{${rule.field}}}`), checkTemplate(rule.value)]) {
          if (!checked.ok) {
            problems.push({ where, message: named(name, checked.message) });
            continue;
          }
          for (const referenced of stepsRead(checked.parts)) {
            if (!earlierSteps.has(referenced)) problems.push({ where, message: t("builder.problems.ruleUsesLaterStep", { rule: name, step: referenced }) });
          }
        }
      }
    }
  };
  // The filter right after the trigger could always read steps.* (nothing ran yet): only its templates are checked, as before.
  for (const [groupIndex, group] of (definition.filter?.groups ?? []).entries()) {
    for (const [ruleIndex, rule] of group.rules.entries()) {
      const where = t("builder.problems.filterRule", { group: groupIndex + 1, rule: ruleIndex + 1 });
      const field = checkTemplate(`{{${rule.field}}}`);
      if (!field.ok) problems.push({ where: "filter", message: named(where, field.message) });
      const value = checkTemplate(rule.value);
      if (!value.ok) problems.push({ where: "filter", message: named(where, value.message) });
    }
  }

  const actions = definition.steps.filter((step) => !isFilterStep(step));
  if (actions.length === 0) problems.push({ where: "steps", message: t("builder.problems.noActions") });
  const earlier = new Set<string>();
  for (const step of definition.steps) {
    if (isFilterStep(step)) {
      if (step.filter.groups.length === 0) problems.push({ where: step.id, message: t("builder.problems.emptyFilter") });
      checkFilter(step.id, step.filter, earlier);
      if (earlier.has(step.id)) problems.push({ where: step.id, message: t("builder.problems.duplicateId", { id: step.id }) });
      earlier.add(step.id);
      continue;
    }
    const entry = findCatalogEntry({ appKey: step.app, key: step.key, apps });
    if (!entry || entry.kind === "trigger") {
      problems.push({ where: step.id, message: t("builder.problems.stepGone", { key: step.key }) });
      continue;
    }
    checkConnection(step.id, step.connectionId, entry.app.key, entry.app.name);
    for (const [name, field] of Object.entries(entry.definition.inputs)) {
      const value = Object.hasOwn(step.inputs, name) ? step.inputs[name] : undefined;
      if (field.required && !isMapped(value) && !hasDefault(field))
        problems.push({ where: step.id, message: t("builder.problems.required", { label: field.label }) });
      for (const template of templatesOf(value)) {
        const checked = checkTemplate(template);
        if (!checked.ok) {
          problems.push({ where: step.id, message: named(field.label, checked.message) });
          continue;
        }
        for (const part of checked.parts) {
          if (part.type !== "token") continue;
          // A formatter's argument may read a field too ({{a | default:steps.charge.billing_details.email}}).
          const paths = [part.path, ...part.formatters.flatMap((call) => (call.arg && "path" in call.arg ? [call.arg.path] : []))];
          for (const referenced of new Set(paths.filter((path) => path.startsWith("steps.")).map((path) => path.split(".")[1]))) {
            if (referenced && !earlier.has(referenced)) {
              problems.push({ where: step.id, message: t("builder.problems.usesLaterStep", { label: field.label, step: referenced }) });
            }
          }
        }
      }
    }
    if (earlier.has(step.id)) problems.push({ where: step.id, message: t("builder.problems.duplicateId", { id: step.id }) });
    earlier.add(step.id);
  }
  return problems;
}
