// "Test this step" in the builder: renders one step of the zap's draft against sample data and either
// shows the exact HTTP request without sending it (dry run) or sends it and shows the answer.
//
// Sample data: the zap's sample event (chosen or the trigger's catalog sample, by the rule the
// builder's previews use), and for earlier steps their kept tested outputs (Zap.stepTests) while
// current, else the examples of their catalog output fields; the result says which steps used
// examples. A real send keeps the step's output for later steps. Filters are not applied: the step
// is tested as if the event had passed them, and a warning says when one would stop it. The request of a dry run comes from the real SDK
// call against a transport that records and does not send, so it is what a real send puts on the
// wire. The step itself runs through lib/runs/run-step.ts, as in a live run.
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import type { HttpExchange, SentRequest, VendorResponse } from "@/lib/http/sent-request";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { catalogText } from "@/lib/catalog/catalog-text";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { pathLabeler } from "@/lib/mapping/path-labeler";
import { runStep } from "@/lib/runs/run-step";
import type { JsonValue } from "@/lib/json-value";
import { earlierStepOutputs } from "@/lib/zaps/earlier-step-outputs";
import { exampleOutputNote } from "@/lib/zaps/example-output-note";
import { filterStopBefore } from "@/lib/zaps/filter-stop-before";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import { readZapTestData } from "@/lib/zaps/read-zap-test-data";
import { recordStepTest } from "@/lib/zaps/record-step-test";
import { serverExampleOutput } from "@/lib/zaps/server-example-output";
import { stepTestFailureMessage } from "@/lib/zaps/step-test-failure-message";
import type { StepTest } from "@/lib/zaps/step-test-schema";

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
      /** The kept record of this test (a real send), which later steps now map from. */
      stepTest?: StepTest;
      /** Earlier steps whose example values stood in for real ones, and why, one sentence each. */
      examples: string[];
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
      examples?: string[];
    };

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Server actions hand the result to the browser: only JSON (no Dates, no undefined inside arrays). */
const plain = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

export async function testZapStep({
  userId,
  zapId,
  stepId,
  mode,
  testId = uuidV7(),
  locale,
}: {
  userId: string;
  zapId: string;
  stepId: string;
  mode: TestZapStepMode;
  /** A testId an earlier test returned, to repeat its request exactly; a new one by default. */
  testId?: string;
  /** The language of the messages, which the builder shows. */
  locale?: Locale;
}): Promise<TestZapStepResult> {
  const t = await translator({ locale });
  if (!UUID_V7.test(testId)) return { ok: false, message: t("builder.test.badTestId") };
  const data = await readZapTestData({ userId, zapId, locale });
  if (!data.ok) return data;
  const { definition, sampleEvent, stepTests } = data;
  const index = definition.steps.findIndex((candidate) => candidate.id === stepId);
  const step = definition.steps[index];
  if (!step) return { ok: false, message: t("builder.test.stepNotSaved") };
  if (isFilterStep(step)) return { ok: false, message: t("builder.test.filterAlone") };
  const entry = findCatalogEntry({ appKey: step.app, key: step.key });
  if (!entry || entry.kind === "trigger") return { ok: false, message: t("builder.failure.stepGone", { key: step.key }) };

  const earlier = earlierStepOutputs({ steps: definition.steps, before: index, stepTests, sampleEventId: sampleEvent.id, exampleOutput: serverExampleOutput });
  const context: MappingContext = { trigger: sampleEvent, steps: Object.fromEntries(earlier.map((output) => [output.stepId, output.output])) };
  const examples = earlier.flatMap((output) => exampleOutputNote({ ...output, t }) ?? []);
  const labelFor = pathLabeler({ definition, apps: await localizedApps({ locale: locale ?? DEFAULT_LOCALE }) });
  // The step is tested as if the sample got through; it says when an earlier filter would stop it.
  const stopped = filterStopBefore({ definition, index, context, labelFor, t });

  const appName = entry.app.name;
  let connection: ConnectionWithSecrets | null = null;
  if (step.connectionId) {
    try {
      connection = await readConnectionSecrets({ userId, connectionId: step.connectionId });
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      return { ok: false, message: t("builder.test.keysUnreadable", { error: error.message, app: appName }) };
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
    labelFor,
  });
  const warnings = [
    ...(stopped ? [stopped] : []),
    ...result.missing.map((path) => (path.startsWith("steps.") ? t("builder.test.missingInStep", { path }) : t("builder.test.missingInSample", { path }))),
  ];
  if (!result.ok) {
    const message = stepTestFailureMessage({ result, step, appName, t, catalog: await catalogText({ locale: locale ?? DEFAULT_LOCALE }) });
    if (result.reason === "vendor") {
      const { failure } = result;
      const answered = exchanges.at(-1)?.response ?? (failure.status === undefined ? undefined : { status: failure.status, body: plain(failure.body ?? null) });
      return { ok: false, message, request: requests(), ...(answered ? { response: answered } : {}), warnings, examples };
    }
    return { ok: false, message, ...(result.reason === "invalid_inputs" ? { fieldErrors: result.fieldErrors } : {}), warnings, examples };
  }
  const renderedInput = plain(result.input) as { [name: string]: JsonValue };
  const response = exchanges.at(-1)?.response;
  if (result.output === undefined) return { ok: true, request: requests(), ...(response ? { response } : {}), renderedInput, warnings, examples, testId };
  const output = plain(result.output);
  const kept = await recordStepTest({
    userId,
    zapId,
    step,
    stepIds: definition.steps.map((candidate) => candidate.id),
    sampleEventId: sampleEvent.id,
    output,
    locale,
  });
  return {
    ok: true,
    request: requests(),
    ...(response ? { response } : {}),
    output,
    ...(kept.ok ? { stepTest: kept.test } : {}),
    renderedInput,
    warnings: kept.ok ? warnings : [...warnings, kept.message],
    examples,
    testId,
  };
}
