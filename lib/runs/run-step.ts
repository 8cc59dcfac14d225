// Runs one step of a zap, the same way for a live run, a replay and the builder's "Test this step":
// render the mapped inputs against the data so far → check the connection → wait for the app's
// rate limit → call the action or lookup through the client the app makes → classify a failure with
// the app's classifier. Nothing here knows an app by name (lib/catalog declares them). The callers decide
// what to record and how to word the advice (a run says "replay", the builder "choose another").
import { catalogSection, findCatalogEntry, type CatalogEntry } from "@/lib/catalog/find-catalog-entry";
import type { StepFailure } from "@/lib/catalog/step-failure";
import type { ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import type { HttpExchange } from "@/lib/http/sent-request";
import { catalogWords, messageFields, said, type UserMessage } from "@/lib/i18n/user-message";
import { renderStepInputs, type LabelFor } from "@/lib/mapping/render-step-inputs";
import { emptyLookupReference } from "@/lib/runs/empty-lookup-reference";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { waitForRateLimitSlot } from "@/lib/queue/wait-for-rate-limit-slot";
import type { StepConfig } from "@/lib/zaps/schema";

type StepEntry = Extract<CatalogEntry, { kind: "lookup" | "action" }>;

export type StepRunResult =
  | {
      ok: true;
      entry: StepEntry;
      input: Record<string, unknown>;
      /** What the action returned; undefined in a dry run. */
      output: unknown;
      /** Mapped paths the data does not have: they rendered empty. */
      missing: string[];
      /** False when a lookup had nothing to look up and called no vendor (the circuit breaker learns nothing from it). */
      vendorCalled?: false;
    }
  // Why it failed, so that each caller can say what to do about it in its own place.
  | { ok: false; reason: "unknown_step"; missing: string[] }
  | {
      ok: false;
      reason: "invalid_inputs";
      entry: StepEntry;
      /** What the inputs rendered to, as far as they did. */
      input: unknown;
      /** Per input name, why its rendered value is not valid. */
      fieldErrors: Record<string, string>;
      /** The same, one sentence per field naming it ("Email is required."), to word in the viewer's language. */
      problems: UserMessage[];
      missing: string[];
    }
  | { ok: false; reason: "no_connection" | "wrong_connection"; entry: StepEntry; input: Record<string, unknown>; missing: string[] }
  /** `beforeCall` held the call back. */
  | { ok: false; reason: "not_called"; entry: StepEntry; input: Record<string, unknown>; missing: string[] }
  | { ok: false; reason: "vendor"; entry: StepEntry; input: Record<string, unknown>; failure: StepFailure; missing: string[]; vendorCalled?: false };

export async function runStep({
  step,
  connection,
  context,
  exchanges,
  idempotencyKey,
  runCreatedAt,
  dryRun = false,
  labelFor,
  beforeCall,
}: {
  step: StepConfig;
  /** The step's connection, decrypted; null when the owner has no such connection. */
  connection: ConnectionWithSecrets | null;
  context: MappingContext;
  /** Every HTTP request the step makes is appended here (credentials masked), also when it fails. */
  exchanges: HttpExchange[];
  /** Stable across retries of the same step of the same run (see StepContext). */
  idempotencyKey: string;
  runCreatedAt: Date;
  /** Record the requests without sending them (the builder's dry run). */
  dryRun?: boolean;
  /** The catalog's label for a mapped path, so an empty required field names what it maps (see pathLabeler). */
  labelFor?: LabelFor;
  /** Runs just before the vendor call (after the rate limit's wait); "hold" does not call. */
  beforeCall?: (call: { entry: StepEntry; input: Record<string, unknown> }) => Promise<"call" | "hold">;
}): Promise<StepRunResult> {
  const found = findCatalogEntry({ appKey: step.app, key: step.key });
  if (!found || found.kind === "trigger") return { ok: false, reason: "unknown_step", missing: [] };
  const entry: StepEntry = found;

  const fieldLabel = (name: string) =>
    catalogWords({
      catalog: [entry.app.key, catalogSection(entry.kind), step.key, "inputs", name, "label"],
      text: entry.definition.inputs[name]?.label ?? name,
    });
  const rendered = renderStepInputs({ fields: entry.definition.inputs, mapped: step.inputs, context, labelFor, fieldLabel });
  const missing = [...new Set(rendered.missing)];
  const emptyReference = rendered.ok ? undefined : emptyLookupReference({ entry, mapped: step.inputs, rendered });
  if (!rendered.ok && !emptyReference) {
    // "Email is required." names its field already; "A field {{ }} is empty" does not.
    const problems = Object.entries(rendered.messages).map(([name, message]) =>
      "key" in message && message.values && "field" in message.values ? message : said("fieldErrors.named", { field: fieldLabel(name), problem: message }),
    );
    return { ok: false, reason: "invalid_inputs", entry, input: rendered.raw, fieldErrors: rendered.errors, problems, missing };
  }
  const input = (rendered.ok ? rendered.input : rendered.raw) as Record<string, unknown>;
  if (!connection) return { ok: false, reason: "no_connection", entry, input, missing };
  if (connection.app !== step.app) return { ok: false, reason: "wrong_connection", entry, input, missing };
  // Nothing to look up: found nothing, without a call. A stop is reported as the vendor's would be.
  if (emptyReference?.action === "continue") return { ok: true, entry, input, output: emptyReference.output, missing, vendorCalled: false };
  if (emptyReference?.action === "stop") {
    return {
      ok: false,
      reason: "vendor",
      entry,
      input,
      failure: { kind: "permanent", stop: true, ...messageFields(emptyReference.message) },
      missing,
      vendorCalled: false,
    };
  }

  const { app } = entry;
  if (!dryRun && app.rateLimitPerSecond) await waitForRateLimitSlot({ appKey: app.key, connectionId: connection.id, limitPerSecond: app.rateLimitPerSecond() });
  if (beforeCall && (await beforeCall({ entry, input })) === "hold") return { ok: false, reason: "not_called", entry, input, missing };
  try {
    // Only the vendor call is classified; Conduit's own failures (database, Redis) propagate.
    const output = await entry.definition.run({ input, client: app.createClient({ connection, exchanges, dryRun }), idempotencyKey, runCreatedAt });
    return { ok: true, entry, input, output, missing };
  } catch (error) {
    if (dryRun && exchanges.length > 0) {
      // The dry-run transport stopped the first request. Calls started alongside it (Promise.all in
      // a lookup) reach the transport within the same turn of the event loop: let them record.
      await new Promise((resolve) => setImmediate(resolve));
      return { ok: true, entry, input, output: undefined, missing };
    }
    return { ok: false, reason: "vendor", entry, input, failure: app.classifyError(error), missing };
  }
}
