// The shapes of catalog declarations. Each helper returns its argument unchanged: they exist so
// that TypeScript checks a declaration and infers its input types from its fields.
import type Stripe from "stripe";
import type { Fields, InputOf } from "@/lib/catalog/field";

/** A field the data picker offers from a trigger's event or a step's output. */
export interface OutputField {
  /** Dot path into the event's data.object or the step's output, e.g. "customer_details.email". */
  path: string;
  label: string;
  type: "string" | "number" | "boolean" | "timestamp" | "amount" | "object" | "array";
  example?: unknown;
  help?: string;
}

export interface TriggerDefinition<F extends Fields = Fields> {
  /** Persisted in zap definitions: never renamed. */
  key: string;
  name: string;
  description: string;
  /** Stripe event types, verbatim. */
  eventTypes: readonly string[];
  options: F;
  /** Whether an event of one of eventTypes should start a run, given the trigger's options. */
  matches(event: Stripe.Event, options: InputOf<F>): boolean;
  /** An event exactly as Stripe delivers it, built from Stripe's own fixtures. */
  sample: Stripe.Event;
  outputFields: readonly OutputField[];
}

export interface StepContext<Input, Client> {
  input: Input;
  client: Client;
  /** Stable across retries of the same step of the same run: send it where the API deduplicates. */
  idempotencyKey: string;
  /** When the run was created: stable across retries, for ids that embed a time (ULIDs). */
  runCreatedAt?: Date;
  signal?: AbortSignal;
}

export interface ActionDefinition<F extends Fields = Fields, Client = unknown, Output = unknown> {
  key: string;
  name: string;
  description: string;
  inputs: F;
  outputFields: readonly OutputField[];
  run(context: StepContext<InputOf<F>, Client>): Promise<Output>;
}

/** A read-only step (e.g. a Stripe lookup) whose output later steps can map. */
export type LookupDefinition<F extends Fields = Fields, Client = unknown, Output = unknown> = ActionDefinition<F, Client, Output>;

export interface AppDefinition {
  /** "stripe" or "customerio": persisted, never renamed. */
  key: string;
  name: string;
  description: string;
  triggers: readonly TriggerDefinition[];
  lookups: readonly LookupDefinition[];
  actions: readonly ActionDefinition[];
}

export function defineTrigger<const F extends Fields>(trigger: TriggerDefinition<F>): TriggerDefinition<F> {
  return trigger;
}

export function defineAction<const F extends Fields, Client, Output>(
  action: ActionDefinition<F, Client, Output>,
): ActionDefinition<F, Client, Output> {
  return action;
}

export const defineLookup = defineAction;

export function defineApp(app: AppDefinition): AppDefinition {
  return app;
}
