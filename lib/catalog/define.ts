// The shapes of catalog declarations. Each helper returns its argument unchanged: they exist so
// that TypeScript checks a declaration and infers its input types from its fields.
import type Stripe from "stripe";
import type { Fields, InputOf } from "@/lib/catalog/field";
import type { StepFailure } from "@/lib/catalog/step-failure";
import type { HttpExchange } from "@/lib/http/sent-request";

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
  /**
   * Whether calling it twice has the effect of calling it once (an upsert, a Track event Customer.io
   * deduplicates by its id, a read). A call whose outcome is unknown (sent, but no answer came) is
   * retried only when true; otherwise the run waits for its owner to say whether it took effect.
   */
  idempotent: boolean;
  /** What it does, after "may or may not have" ("sent this email"), for a call whose outcome is unknown. */
  effect?: string;
  run(context: StepContext<InputOf<F>, Client>): Promise<Output>;
}

/** A read-only step (e.g. a Stripe lookup) whose output later steps can map: always idempotent. */
export type LookupDefinition<F extends Fields = Fields, Client = unknown, Output = unknown> = ActionDefinition<F, Client, Output> & { idempotent: true };

/** A connection as stored: its id, its config (nothing secret) and its decrypted secrets. */
export interface StoredConnection {
  id: string;
  config: unknown;
  secrets: unknown;
}

/**
 * What an app knows about its connections. `Connection` is the app's own reading of a stored
 * connection: what its client, its checks and its hooks take.
 */
export interface AppConnection<Connection> {
  /** Validates a stored connection's config and secrets; throws when they do not fit. */
  decode(stored: StoredConnection): Connection;
  /** Asks the vendor whether the stored keys still work (publishing checks); a message when not. */
  check(connection: Connection): Promise<string | null>;
  /**
   * Which account a stored config is of (Stripe: account and mode; Customer.io: site ID and region),
   * so that connecting the same account again can take over a deleted connection's zaps; null when unknown.
   */
  accountKey?(config: unknown): string | null;
  /** Undoes what connecting set up at the vendor, before the connection is deleted (best effort): a warning when it could not. */
  onDelete?(connection: Connection, context: { appUrl: string }): Promise<string | undefined>;
}

/** What the step runner hands an app to make the client its actions and lookups call. */
export interface ClientOptions<Connection> {
  connection: Connection;
  /** Every HTTP request the client makes is appended here, credentials masked. */
  exchanges: HttpExchange[];
  /** Record the requests without sending them (the builder's dry run). */
  dryRun: boolean;
}

export interface AppDefinition<Connection = unknown> {
  /** "stripe" or "customerio": persisted, never renamed. */
  key: string;
  name: string;
  description: string;
  triggers: readonly TriggerDefinition[];
  lookups: readonly LookupDefinition[];
  actions: readonly ActionDefinition[];
  connection: AppConnection<Connection>;
  createClient(options: ClientOptions<Connection>): unknown;
  /** Whether a failed call is worth retrying, and what went wrong in words a user can act on. */
  classifyError(error: unknown): StepFailure;
  /** Calls per second and connection, shared by every worker; unset: no limit of Conduit's own. */
  rateLimitPerSecond?(): number;
  /** Trigger apps: how a connection's new events reach Conduit, in a sentence ("Conduit checks Stripe … every 5 s."). */
  describeIntake?(connection: { config: unknown }): string;
}

export function defineTrigger<const F extends Fields>(trigger: TriggerDefinition<F>): TriggerDefinition<F> {
  return trigger;
}

export function defineAction<const F extends Fields, Client, Output>(
  action: ActionDefinition<F, Client, Output>,
): ActionDefinition<F, Client, Output> {
  return action;
}

/** A lookup is a read, so it declares no `idempotent`: it is. */
export function defineLookup<const F extends Fields, Client, Output>(
  lookup: Omit<LookupDefinition<F, Client, Output>, "idempotent">,
): LookupDefinition<F, Client, Output> {
  return { ...lookup, idempotent: true };
}

export function defineApp<Connection>(app: AppDefinition<Connection>): AppDefinition<Connection> {
  return app;
}
