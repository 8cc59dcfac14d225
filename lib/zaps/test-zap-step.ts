// "Test this step" in the builder: renders one step of the zap's draft against sample data and either
// shows the exact HTTP request without sending it (dry run) or sends it and shows the answer.
//
// Sample data: the zap's sample event (else the trigger's catalog sample), and for earlier steps the
// examples of their catalog output fields. The filter is not evaluated: the step is tested as if the
// event had passed it. The request of a dry run comes from the real SDK call against a transport that
// records and does not send, so it is what a real send puts on the wire. The step itself runs through
// lib/runs/run-step.ts, as in a live run.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import type { HttpExchange, SentRequest, VendorResponse } from "@/lib/http/sent-request";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { runStep } from "@/lib/runs/run-step";
import type { JsonValue } from "@/lib/json-value";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";
import { zapDefinitionSchema, zapIdSchema } from "@/lib/zaps/schema";

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
  const zap = zapIdSchema.safeParse(zapId).success ? await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { draft: true, sampleEvent: true } }) : null;
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

  const appName = entry.app.name;
  let connection: ConnectionWithSecrets | null = null;
  if (step.connectionId) {
    try {
      connection = await readConnectionSecrets({ userId, connectionId: step.connectionId });
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      return { ok: false, message: `The connection's keys cannot be read (${error.message}) Connect ${appName} again.` };
    }
  }

  const dryRun = mode === "dry_run";
  const exchanges: HttpExchange[] = [];
  const requests = () => exchanges.map((exchange) => exchange.request);
  const result = await runStep({
    step,
    connection,
    context,
    exchanges,
    idempotencyKey: `test:${testId}:${step.id}`,
    runCreatedAt: new Date(Number.parseInt(testId.replaceAll("-", "").slice(0, 12), 16)),
    dryRun,
  });
  const warnings = result.missing.map((path) =>
    path.startsWith("steps.") ? `"${path}" has no value in the earlier step's sample output, so it rendered empty.` : `"${path}" has no value in the sample event, so it rendered empty.`,
  );
  if (!result.ok) {
    switch (result.reason) {
      case "unknown_step":
        return { ok: false, message: `The step "${step.key}" no longer exists in Conduit: choose another action.` };
      case "invalid_inputs":
        return { ok: false, message: `With the sample data, this step's fields are not valid. ${result.problems.join(" ")}`, fieldErrors: result.fieldErrors, warnings };
      case "no_connection":
        return step.connectionId
          ? { ok: false, message: `The step's ${appName} connection no longer exists: choose another.`, warnings }
          : { ok: false, message: `Choose a ${appName} connection for this step first.`, warnings };
      case "wrong_connection":
        return { ok: false, message: `The step's connection is not a ${appName} connection: choose another.`, warnings };
      case "vendor": {
        const { failure } = result;
        const answered = exchanges.at(-1)?.response ?? (failure.status === undefined ? undefined : { status: failure.status, body: plain(failure.body ?? null) });
        return { ok: false, message: failure.message, request: requests(), ...(answered ? { response: answered } : {}), warnings };
      }
    }
  }
  const renderedInput = plain(result.input) as { [name: string]: JsonValue };
  const response = exchanges.at(-1)?.response;
  const { output } = result;
  return { ok: true, request: requests(), ...(response ? { response } : {}), ...(output === undefined ? {} : { output: plain(output) }), renderedInput, warnings, testId };
}
