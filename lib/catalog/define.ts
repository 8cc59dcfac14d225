// The shapes of catalog declarations. Each helper returns its argument unchanged: they exist so
// that TypeScript checks a declaration and infers its input types from its fields.
import type { MessageKey } from "@/lib/i18n/message-key";
import type Stripe from "stripe";
import type { Fields, InputOf } from "@/lib/catalog/field";
import type { StepFailure } from "@/lib/catalog/step-failure";
import type { HttpExchange } from "@/lib/http/sent-request";
import type { Translate } from "@/lib/i18n/translator";
import type { StepConfig } from "@/lib/zaps/schema";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";

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
export type LookupDefinition<F extends Fields = Fields, Client = unknown, Output = unknown> = ActionDefinition<F, Client, Output> & {
  idempotent: true;
  /**
   * For a lookup of one thing that may not exist: `reference` is the input naming it (an ID, an
   * email) and `choice` the select input whose "stop" or "continue" says what to do when nothing is
   * found. A reference whose mapping has no value in the event finds nothing without a call (see
   * lib/runs/empty-lookup-reference.ts); "continue" then gives `empty` as the step's output.
   */
  notFound?: { reference: keyof F & string; choice: keyof F & string; empty: Output };
};

/** A connection as stored: its id, its config (nothing secret) and its decrypted secrets. */
export interface StoredConnection {
  id: string;
  config: unknown;
  secrets: unknown;
}

/** Instead of the vendor's real addresses (tests, stand-ins): each app reads the overrides it knows. */
export type VendorOverrides = Record<string, string | boolean | undefined>;

/** Connecting failed: what to change, per form field, or a problem with no field of its own. Nothing was stored. */
export interface ConnectFailure {
  ok: false;
  fieldErrors: Partial<Record<string, string>>;
  formError?: string;
  /** The same errors by code, for the action layer to word in the viewer's language. */
  errorCodes?: ConnectionErrorCodes;
}

/** What the vendor confirmed about typed values: what to store, and what the connect form shows next. */
export interface VerifiedConnection {
  ok: true;
  /** Stored in Connection.config: nothing secret (last 4 characters of keys at most). */
  config: Record<string, unknown>;
  /** Encrypted together, bound to the connection's id; what `decode` reads back. */
  secrets: Record<string, unknown>;
  /** The connection's name when the user gives none ("Rocket Rides", "Customer.io workspace (EU)"). */
  defaultLabel: string;
  /** Returned to the connect form beside the new connection's id and label. */
  connected?: Record<string, unknown>;
}

/** What connecting set up at the vendor (Stripe: a webhook endpoint), merged into what is stored. */
/** A warning by code: the error it comes from, and what it means for the connection. */
export type ConnectionWarningCode = NonNullable<ConnectionErrorCodes["warning"]>;

/** Something left to do by hand: in English, and by code for the viewer's language. */
export interface ConnectionWarning {
  warning: string;
  warningCode: ConnectionWarningCode;
}

export interface ConnectedSetup {
  ok: true;
  config?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
  connected?: Record<string, unknown>;
  /** Connected, but something is left to do by hand. */
  warning?: string;
  /** The warning as a code, for the viewer's language (lib/connections/connection-error.ts). */
  warningCode?: ConnectionWarningCode;
  /** Undoes the setup when the connection could not be stored after all. */
  undo?(): Promise<void>;
}

/** One line of a fact on a connection's card. */
export interface ConnectionFactPart {
  text: string;
  style?: "strong" | "code" | "muted" | "error";
  /** The last characters of a key, shown after a mask. */
  keyEnding?: boolean;
  /** A small label after the text ("Test mode"). */
  badge?: { label: string; tone: "green" | "amber" };
}

/** "Region: EU", "API key: ••••4242": what a connection's card says about its account. */
export interface ConnectionFact {
  term: string;
  lines: ConnectionFactPart[];
}

/** What the Connections page and the builder show about a stored connection: never a secret. */
export interface ConnectionDescription {
  /** The app's own reading of its config, for its card extras and its tests. */
  details: Record<string, unknown>;
  facts: ConnectionFact[];
  /** Which account it is, in a few words, for pickers: "Rocket Rides (test mode)". */
  summary: string;
  /** A problem its status badge shows while the connection itself is fine ("Events paused"). */
  attention?: { tone: "red" | "amber"; label: string };
  /** Said under it when chosen in the builder. */
  pickerNote?: string;
  /** What deleting it does besides removing it, for the confirmation. */
  deleteConsequence: string;
}

/**
 * What an app knows about its connections. `Connection` is the app's own reading of a stored
 * connection: what its client, its checks and its hooks take.
 */
export interface AppConnection<Connection, F extends Fields = Fields> {
  /** The connect form, in order: the same field builders as actions (field.secret for keys). */
  fields: F;
  /** The connect dialog's description: what Conduit does with the account. */
  purpose?: string;
  /** Shown above the form's fields (where to find the keys); **bold** and [links](https://…) allowed. */
  intro?: string;
  /** Shown under the form's fields. */
  note?: string;
  /** Checks typed values with the vendor: what to store, or what to fix, in words per field. */
  verify(options: { values: InputOf<F>; vendor?: VendorOverrides }): Promise<VerifiedConnection | ConnectFailure>;
  /** Connecting an account the user already has a connection of (the same `accountKey`): what to fix. */
  alreadyConnected(options: { label: string; config: Record<string, unknown> }): ConnectFailure;
  /** Sets up what the connection needs at the vendor, once verified and before it is stored. */
  onConnect?(options: {
    connectionId: string;
    config: Record<string, unknown>;
    secrets: Record<string, unknown>;
    appUrl: string;
    vendor?: VendorOverrides;
  }): Promise<ConnectedSetup | ConnectFailure>;
  /** The card's facts about a stored connection, worded with `t` (the viewer's language); null when its config cannot be read (an older version's). */
  describe(options: { userId: string; connectionId: string; config: unknown; appUrl: string; t: Translate }): Promise<ConnectionDescription | null>;
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
  onDelete?(connection: Connection, context: { appUrl: string }): Promise<ConnectionWarning | undefined>;
}

/** What the step runner hands an app to make the client its actions and lookups call. */
export interface ClientOptions<Connection> {
  connection: Connection;
  /** Every HTTP request the client makes is appended here, credentials masked. */
  exchanges: HttpExchange[];
  /** Record the requests without sending them (the builder's dry run). */
  dryRun: boolean;
}

/** A key of messages/en.json, for words an app shows in the translated pages. */
export type { MessageKey };

/** Who a trigger's event is about, as templates ("{{trigger.customer}}"): what a new zap maps into steps acting on people. */
export interface EventPerson {
  /** Person ID or email: for Stripe, the customer, else an email from the event or a lookup. */
  personId: string;
  email?: string;
}

/** A trigger's event person, with the lookups it needs first (a dispute names only its charge: Get charge). */
export interface TriggerPerson extends EventPerson {
  /** Steps to put before the step acting on the person. */
  lookups: StepConfig[];
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
  describeIntake?(connection: { config: unknown }, t: Translate): string;
  /** Its step in the first-run checklist on the Zaps page (connecting it); unset: it has none. */
  gettingStarted?: { title: MessageKey; description: MessageKey };
  /** Trigger apps: who the event of `triggerKey` is about, for new zaps to map; undefined when unknown. Always a fresh copy. */
  triggerPerson?(options: { triggerKey: string }): TriggerPerson | undefined;
  /**
   * Apps whose actions act on people: the inputs of a new `actionKey` step that name the event's
   * person (starters and templates fill the ones not mapped yet); unset: steps are left as they are.
   */
  personInputs?(options: { actionKey: string; person: EventPerson }): Record<string, string | undefined>;
}

export function defineTrigger<const F extends Fields>(trigger: TriggerDefinition<F>): TriggerDefinition<F> {
  return trigger;
}

export function defineAction<const F extends Fields, Client, Output>(action: ActionDefinition<F, Client, Output>): ActionDefinition<F, Client, Output> {
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

/** Types a connection's `verify` by its form fields. */
export function defineConnection<Connection, const F extends Fields>(connection: AppConnection<Connection, F>): AppConnection<Connection> {
  return connection as unknown as AppConnection<Connection>;
}
