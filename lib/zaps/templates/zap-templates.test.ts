// Every template must work on its trigger's real sample event: each step's required fields filled,
// each referenced path (formatter arguments included) present, and the whole definition publishable
// once connections are picked. A template can never reference a field that does not exist.
import { describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { checkTemplate } from "@/lib/mapping/check-template";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";
import type { MappedValue } from "@/lib/zaps/schema";
import { zapDefinitionSchema } from "@/lib/zaps/schema";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";
import { translator } from "@/lib/i18n/translator";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig, ZapStep } from "@/lib/zaps/schema";

const englishText = await translator();

/** Templates hold no filter steps; their lookups and actions. */
const actionsOf = (steps: readonly ZapStep[]) => steps.filter((step): step is StepConfig => !isFilterStep(step));

function templatesOf(value: MappedValue): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === "string" ? [item] : [item.key, item.value]));
  return [];
}

/** Every path a template reads: tokens and formatter arguments that are paths. */
function pathsOf(template: string): string[] {
  const checked = checkTemplate(template);
  if (!checked.ok) throw new Error(`${template}: ${checked.message}`);
  return checked.parts.flatMap((part) =>
    part.type === "token" ? [part.path, ...part.formatters.flatMap((call) => (call.arg && "path" in call.arg ? [call.arg.path] : []))] : [],
  );
}

describe("zap templates", () => {
  it("have unique keys, leave every connection to the user and parse as definitions", () => {
    expect(new Set(zapTemplates.map((template) => template.key)).size).toBe(zapTemplates.length);
    for (const template of zapTemplates) {
      expect(zapDefinitionSchema.parse(template.definition)).toEqual(template.definition);
      expect(
        [template.definition.trigger?.connectionId, ...actionsOf(template.definition.steps).map((step) => step.connectionId)].every((id) => id === null),
      ).toBe(true);
    }
  });

  it.each(zapTemplates.map((template) => [template.key, template] as const))("%s renders every step against its trigger's sample", (_key, template) => {
    const { trigger } = template.definition;
    const steps = actionsOf(template.definition.steps);
    const triggerEntry = trigger ? findCatalogEntry({ appKey: trigger.app, key: trigger.key }) : undefined;
    if (!trigger || triggerEntry?.kind !== "trigger") throw new Error(`${template.key}: unknown trigger`);
    expect(fieldsSchema(triggerEntry.definition.options).safeParse(trigger.options).success).toBe(true);

    const context: MappingContext = { trigger: triggerEntry.definition.sample, steps: {} };
    for (const step of steps) {
      const entry = findCatalogEntry({ appKey: step.app, key: step.key });
      if (!entry || entry.kind === "trigger") throw new Error(`${template.key}: unknown step ${step.app}.${step.key}`);
      const where = `${template.key} › ${step.id}`;

      const unresolved = Object.values(step.inputs)
        .flatMap(templatesOf)
        .flatMap(pathsOf)
        .filter((path) => resolvePath({ path, context }) === undefined);
      expect(unresolved, `${where} reads fields its sample does not have`).toEqual([]);
      expect(
        Object.keys(step.inputs).filter((name) => !Object.hasOwn(entry.definition.inputs, name)),
        `${where} maps inputs the step does not have`,
      ).toEqual([]);

      const rendered = renderStepInputs({ fields: entry.definition.inputs, mapped: step.inputs, context });
      expect(rendered.ok ? [] : rendered.errors, `${where} does not render`).toEqual([]);
      expect(rendered.missing, `${where} reads missing fields`).toEqual([]);
      // Later steps map this step's output: shaped as its output fields say.
      context.steps[step.id] = sampleFromOutputFields({ fields: entry.definition.outputFields });
    }
  });

  it.each(zapTemplates.map((template) => [template.key, template] as const))("%s publishes once its connections are picked", (_key, template) => {
    const connections = [
      { id: "00000000-0000-7000-8000-000000000001", app: "stripe", status: "ACTIVE", label: "Stripe" },
      { id: "00000000-0000-7000-8000-000000000002", app: "customerio", status: "ACTIVE", label: "Customer.io" },
    ];
    const connectionOf = (app: string) => connections.find((connection) => connection.app === app)?.id ?? null;
    const { trigger, filter } = template.definition;
    const steps = actionsOf(template.definition.steps);
    const definition = {
      trigger: trigger && { ...trigger, connectionId: connectionOf(trigger.app) },
      filter,
      steps: steps.map((step) => ({ ...step, connectionId: connectionOf(step.app) })),
    };
    expect(validateZapDefinition({ definition, connections, t: englishText })).toEqual([]);
  });

  it("include the gallery the issue asks for", () => {
    const shapes = zapTemplates.map((template) =>
      [template.definition.trigger?.key, ...actionsOf(template.definition.steps).map((step) => step.key)].join(" → "),
    );
    expect(shapes).toEqual([
      "subscription_canceled → identify_person → track_event",
      "payment_failed → track_event",
      "invoice_payment_failed → track_event",
      "checkout_session_completed → identify_person → send_transactional_email",
      "payment_succeeded → customer_payment_totals → identify_person",
      "new_customer → identify_person",
      "new_dispute → get_charge → identify_person → track_event",
    ]);
  });
});
