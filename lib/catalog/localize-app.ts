// An app's declaration with its text in another language (catalog-text.ts), for what the browser is
// shown: names, descriptions, field labels, help, examples, option labels and hints, output field
// labels and help, the connect form's words. Keys, schemas and behaviour are the declaration's own.
// Each string's key is the entry's path in the declaration, in catalog.<app>.…:
//   description, name, connection.{purpose,intro,note}, connection.fields.<field>.…,
//   triggers.<key>.{name,description}, triggers.<key>.options.<field>.…,
//   lookups|actions.<key>.{name,description,effect}, lookups|actions.<key>.inputs.<field>.…,
//   <entry>.outputFields.<path>.{label,help}  (<path> as declared, dots included: one key)
// where a field's keys are {label,help,example} and options.<value>.{label,hint}.
import type { ActionDefinition, AppDefinition, OutputField, TriggerDefinition } from "@/lib/catalog/define";
import type { AnyField, Fields, SelectOption } from "@/lib/catalog/field";
import type { CatalogText } from "@/lib/catalog/catalog-text";

const optional = (text: CatalogText, key: readonly string[], english: string | undefined) => (english === undefined ? undefined : text(key, english));

function localizeField(field: AnyField, text: CatalogText): AnyField {
  const options = (field as AnyField & { options?: readonly SelectOption[] }).options;
  return {
    ...field,
    label: text(["label"], field.label),
    help: optional(text, ["help"], field.help),
    example: optional(text, ["example"], field.example),
    ...(options
      ? {
          options: options.map((option) => ({
            ...option,
            label: text(["options", option.value, "label"], option.label),
            ...(option.hint === undefined ? {} : { hint: text(["options", option.value, "hint"], option.hint) }),
          })),
        }
      : {}),
  };
}

function localizeFields<F extends Fields>(fields: F, text: CatalogText): F {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, localizeField(field, (key, english) => text([name, ...key], english))])) as F;
}

function localizeOutputFields(fields: readonly OutputField[], text: CatalogText): OutputField[] {
  return fields.map((field) => ({
    ...field,
    label: text([field.path, "label"], field.label),
    ...(field.help === undefined ? {} : { help: text([field.path, "help"], field.help) }),
  }));
}

/** Within `prefix`: a CatalogText for the keys under it. */
const under =
  (text: CatalogText, ...prefix: string[]): CatalogText =>
  (key, english) =>
    text([...prefix, ...key], english);

function localizeTrigger(trigger: TriggerDefinition, text: CatalogText): TriggerDefinition {
  return {
    ...trigger,
    name: text(["name"], trigger.name),
    description: text(["description"], trigger.description),
    options: localizeFields(trigger.options, under(text, "options")),
    outputFields: localizeOutputFields(trigger.outputFields, under(text, "outputFields")),
  };
}

function localizeStep<Step extends ActionDefinition>(step: Step, text: CatalogText): Step {
  return {
    ...step,
    name: text(["name"], step.name),
    description: text(["description"], step.description),
    ...(step.effect === undefined ? {} : { effect: text(["effect"], step.effect) }),
    inputs: localizeFields(step.inputs, under(text, "inputs")),
    outputFields: localizeOutputFields(step.outputFields, under(text, "outputFields")),
  };
}

/** `app` as `text` words it; with the catalog's English (catalog-text.ts) it reads as declared. */
export function localizeApp({ app, text }: { app: AppDefinition; text: CatalogText }): AppDefinition {
  const at = under(text, app.key);
  const { connection } = app;
  return {
    ...app,
    name: at(["name"], app.name),
    description: at(["description"], app.description),
    connection: {
      ...connection,
      purpose: optional(at, ["connection", "purpose"], connection.purpose),
      intro: optional(at, ["connection", "intro"], connection.intro),
      note: optional(at, ["connection", "note"], connection.note),
      fields: localizeFields(connection.fields, under(at, "connection", "fields")),
    },
    triggers: app.triggers.map((trigger) => localizeTrigger(trigger, under(at, "triggers", trigger.key))),
    lookups: app.lookups.map((lookup) => localizeStep(lookup, under(at, "lookups", lookup.key))),
    actions: app.actions.map((action) => localizeStep(action, under(at, "actions", action.key))),
  };
}
