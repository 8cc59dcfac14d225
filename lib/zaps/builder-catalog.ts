// What the builder needs to know about the catalog, as plain JSON: client components cannot receive
// the catalog itself (its fields carry zod schemas and its actions carry SDK code).
import { describeConnectForms, type ConnectFormSpec } from "@/lib/catalog/describe-connect-forms";
import { describeFields, type FieldDescriptor } from "@/lib/catalog/describe-fields";
import type { AppDefinition, OutputField } from "@/lib/catalog/define";
import { apps as registeredApps } from "@/lib/catalog/registry";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";

export interface BuilderTrigger {
  app: string;
  appName: string;
  key: string;
  name: string;
  description: string;
  eventTypes: string[];
  options: FieldDescriptor[];
  outputFields: OutputField[];
  /** The catalog's sample event, used until the user picks a real one. */
  sample: unknown;
}

export interface BuilderStepType {
  app: string;
  appName: string;
  key: string;
  kind: "lookup" | "action";
  name: string;
  description: string;
  inputs: FieldDescriptor[];
  outputFields: OutputField[];
  /** An example output, built from the output fields' examples, for mapping later steps. */
  sampleOutput: unknown;
}

export interface BuilderCatalog {
  triggers: BuilderTrigger[];
  stepTypes: BuilderStepType[];
  /** Each app's connect form, for connecting an account without leaving the builder. */
  connectForms: ConnectFormSpec[];
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** `apps`: the catalog in the viewer's language, from localizedApps(); the declarations' English when left out. */
export function builderCatalog({ apps = registeredApps }: { apps?: readonly AppDefinition[] } = {}): BuilderCatalog {
  const triggers = apps.flatMap((app) =>
    app.triggers.map((trigger) => ({
      app: app.key,
      appName: app.name,
      key: trigger.key,
      name: trigger.name,
      description: trigger.description,
      eventTypes: [...trigger.eventTypes],
      options: describeFields(trigger.options),
      outputFields: plain([...trigger.outputFields]),
      sample: plain(trigger.sample),
    })),
  );
  const stepTypes = apps.flatMap((app) =>
    [...app.lookups.map((step) => ({ step, kind: "lookup" as const })), ...app.actions.map((step) => ({ step, kind: "action" as const }))].map(
      ({ step, kind }) => ({
        app: app.key,
        appName: app.name,
        key: step.key,
        kind,
        name: step.name,
        description: step.description,
        inputs: describeFields(step.inputs),
        outputFields: plain([...step.outputFields]),
        sampleOutput: sampleFromOutputFields({ fields: step.outputFields }),
      }),
    ),
  );
  return { triggers, stepTypes, connectForms: describeConnectForms({ apps }) };
}
