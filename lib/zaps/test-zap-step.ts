// "Test this step" in the builder: renders one step of the zap's draft against sample data and either
// shows the exact HTTP request without sending it (dry run) or sends it and shows the answer.
//
// Sample data: the zap's sample event (else the trigger's catalog sample), and for earlier steps the
// examples of their catalog output fields. The filter is not evaluated: the step is tested as if the
// event had passed it. The request of a dry run comes from the real SDK call against a transport that
// records and does not send, so it is what a real send puts on the wire.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import type { HttpExchange, SentRequest, VendorResponse } from "@/lib/http/sent-request";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { waitForCustomerioSlot } from "@/lib/queue/wait-for-rate-limit-slot";
import { classifyStepError } from "@/lib/runs/classify-step-error";
import { createStepClient } from "@/lib/runs/create-step-client";
import type { JsonValue } from "@/lib/runs/schema";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";
import { zapDefinitionSchema } from "@/lib/zaps/schema";

export type TestZapStepMode = "dry_run" | "send";

export type TestZapStepResult =
  | {
      ok: true;
      /** Every request the step made (one for a Customer.io action), credentials masked. */
      request: SentRequest[];
      /** The answer to the last request; absent in a dry run. */
      response?: VendorResponse;
      /** What the action returns, as later steps would see it; absent in a dry run. */
      output?: JsonValue;
      renderedInput: { [name: string]: JsonValue };
      /** Mapped paths the sample data does not have: they rendered empty. */
      warnings: string[];
      /** Pass it back to send exactly the request a dry run showed (same Customer.io event id). */
      testId: string;
    }
  | {
      ok: false;
      message: string;
      /** Per input name, why the rendered value is not valid. */
      fieldErrors?: Record<string, string>;
      request?: SentRequest[];
      response?: VendorResponse;
      warnings?: string[];
    };

export const ZAP_NOT_FOUND = "This zap does not exist, or it belongs to another account.";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Server actions hand the result to the browser: only JSON (no Dates, no undefined inside arrays). */
const plain = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

export async function testZapStep({
  userId,
  zapId,
  stepId,
  mode,
  testId = uuidV7(),
}: {
  userId: string;
  zapId: string;
  stepId: string;
  mode: TestZapStepMode;
  /** A testId an earlier test returned, to repeat its request exactly; a new one by default. */
  testId?: string;
}): Promise<TestZapStepResult> {
  if (!UUID_V7.test(testId)) return { ok: false, message: "The test id is not one Conduit made: run the test again without it." };
  const zap = UUID.test(zapId) ? await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { draft: true, sampleEvent: true } }) : null;
  if (!zap) return { ok: false, message: ZAP_NOT_FOUND };
  const definition = zapDefinitionSchema.safeParse(zap.draft);
  if (!definition.success) return { ok: false, message: "This zap's draft cannot be read: reload the page and save the zap again." };
  const index = definition.data.steps.findIndex((candidate) => candidate.id === stepId);
  const step = definition.data.steps[index];
  if (!step) return { ok: false, message: "This step is not in the saved draft: save the zap, then test the step again." };
  const entry = findCatalogEntry({ appKey: step.app, key: step.key });
  if (!entry || entry.kind === "trigger") return { ok: false, message: `The step "${step.key}" no longer exists in Conduit: choose another action.` };

  const trigger = definition.data.trigger ? findCatalogEntry({ appKey: definition.data.trigger.app, key: definition.data.trigger.key }) : undefined;
  const sampleEvent = (zap.sampleEvent as Stripe.Event | null) ?? (trigger?.kind === "trigger" ? trigger.definition.sample : null);
  if (!sampleEvent) return { ok: false, message: "Choose the Stripe event that starts this zap first: the test maps from its sample." };
  const context: MappingContext = { trigger: sampleEvent, steps: {} };
  for (const earlier of definition.data.steps.slice(0, index)) {
    const earlierEntry = findCatalogEntry({ appKey: earlier.app, key: earlier.key });
    if (earlierEntry && earlierEntry.kind !== "trigger") context.steps[earlier.id] = sampleFromOutputFields({ fields: earlierEntry.definition.outputFields });
  }

  const rendered = renderStepInputs({ fields: entry.definition.inputs, mapped: step.inputs, context });
  const warnings = [...new Set(rendered.missing)].map((path) =>
    path.startsWith("steps.") ? `"${path}" has no value in the earlier step's sample output, so it rendered empty.` : `"${path}" has no value in the sample event, so it rendered empty.`,
  );
  if (!rendered.ok) {
    const problems = Object.entries(rendered.errors).map(([name, message]) => `${entry.definition.inputs[name]?.label ?? name}: ${message}`);
    return { ok: false, message: `With the sample data, this step's fields are not valid. ${problems.join(" ")}`, fieldErrors: rendered.errors, warnings };
  }

  const appName = entry.app.name;
  if (!step.connectionId) return { ok: false, message: `Choose a ${appName} connection for this step first.`, warnings };
  let connection: ConnectionWithSecrets | null;
  try {
    connection = await readConnectionSecrets({ userId, connectionId: step.connectionId });
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    return { ok: false, message: `The connection's keys cannot be read (${error.message}) Connect ${appName} again.`, warnings };
  }
  if (!connection) return { ok: false, message: `The step's ${appName} connection no longer exists: choose another.`, warnings };
  if (connection.app !== step.app) return { ok: false, message: `The step's connection is not a ${appName} connection: choose another.`, warnings };

  const renderedInput = plain(rendered.input) as { [name: string]: JsonValue };
  const dryRun = mode === "dry_run";
  const exchanges: HttpExchange[] = [];
  const requests = () => exchanges.map((exchange) => exchange.request);
  if (!dryRun && connection.app === "customerio") await waitForCustomerioSlot({ connectionId: connection.id });
  let output: unknown;
  try {
    output = await entry.definition.run({
      input: rendered.input,
      client: createStepClient({ connection, exchanges, dryRun }),
      idempotencyKey: `test:${testId}:${step.id}`,
      runCreatedAt: new Date(Number.parseInt(testId.replaceAll("-", "").slice(0, 12), 16)),
    });
  } catch (error) {
    if (dryRun && exchanges.length > 0) {
      // The transport stopped the first request. Calls started alongside it (Promise.all in a
      // lookup) reach the transport within the same turn of the event loop: let them record.
      await new Promise((resolve) => setImmediate(resolve));
      return { ok: true, request: requests(), renderedInput, warnings, testId };
    }
    const failure = classifyStepError({ app: step.app, error });
    const answered = exchanges.at(-1)?.response ?? (failure.status === undefined ? undefined : { status: failure.status, body: plain(failure.body ?? null) });
    return { ok: false, message: failure.message, request: requests(), ...(answered ? { response: answered } : {}), warnings };
  }
  const response = exchanges.at(-1)?.response;
  return { ok: true, request: requests(), ...(response ? { response } : {}), ...(output === undefined ? {} : { output: plain(output) }), renderedInput, warnings, testId };
}
