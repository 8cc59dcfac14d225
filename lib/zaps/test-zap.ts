// "Test the whole zap" in the builder: runs the saved draft on its sample event as a run would — the
// filter, then every step in order, each mapping from the steps before it — and reports each step as
// the run history shows one. Lookups run for real (they only read); actions are dry runs unless
// `send` is true. Real outputs are kept as the steps' tests (Zap.stepTests); where a dry run stands
// in for an action, later steps map from its tested output while current, else its example values,
// and each step says which.
import { describeFilterResult } from "@/lib/filters/describe-filter-result";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { catalogText } from "@/lib/catalog/catalog-text";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { userMessageText } from "@/lib/i18n/user-message";
import { localizeFilterOutput } from "@/lib/runs/localize-filter-output";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import type { HttpExchange } from "@/lib/http/sent-request";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { JsonValue } from "@/lib/json-value";
import { pathLabeler } from "@/lib/mapping/path-labeler";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { runStep } from "@/lib/runs/run-step";
import type { RunStepDetail } from "@/lib/runs/schema";
import { readZapTestData } from "@/lib/zaps/read-zap-test-data";
import { recordStepTest } from "@/lib/zaps/record-step-test";
import { serverExampleOutput } from "@/lib/zaps/server-example-output";
import { stepNumber } from "@/lib/zaps/step-number";
import type { StepTests } from "@/lib/zaps/step-test-schema";
import { stepTestFailureMessage } from "@/lib/zaps/step-test-failure-message";
import { stepTestState } from "@/lib/zaps/step-test-state";
import { checkFilterStep } from "@/lib/filters/check-filter-step";
import { TemplateError } from "@/lib/mapping/parse-template";
import type { FilterStepOutput } from "@/lib/runs/record-filter-step";
import { filterStepDetail } from "@/lib/runs/filter-step-detail";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig } from "@/lib/zaps/schema";

export interface ZapTestStep {
  /** The step as the run history shows one (RunStepCard). */
  detail: RunStepDetail;
  /** An action that was not sent: its input and request are shown, nothing came back. */
  dryRun: boolean;
  /** Earlier steps whose example or tested values stood in for what a run would have, one sentence each. */
  notes: string[];
}

export type TestZapResult =
  | {
      ok: true;
      sampleEvent: { id: string; type: string };
      /** "filtered": the filter (or a step) stopped the zap; "failed": a step failed. */
      outcome: "succeeded" | "failed" | "filtered";
      /** The filter's verdict, or why the zap stopped or failed. */
      message: string;
      steps: ZapTestStep[];
      /** The tests kept by this run, by step id: the builder maps later steps from them. */
      stepTests: StepTests;
    }
  | { ok: false; message: string };

const plain = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value ?? null)) as JsonValue;

/** `locale`: the language of the messages and notes, which the builder shows. */
export async function testZap({
  userId,
  zapId,
  send = false,
  locale,
}: {
  userId: string;
  zapId: string;
  send?: boolean;
  locale?: Locale;
}): Promise<TestZapResult> {
  const t = await translator({ locale });
  const data = await readZapTestData({ userId, zapId, locale });
  if (!data.ok) return data;
  const { definition, sampleEvent, stepTests } = data;
  const apps = await localizedApps({ locale: locale ?? DEFAULT_LOCALE });
  const catalog = await catalogText({ locale: locale ?? DEFAULT_LOCALE });
  const worded = (message: Parameters<typeof userMessageText>[0]["message"]) => userMessageText({ message, t, catalog });
  const localizedDetail = (detail: ZapTestStep["detail"]) => ({ ...detail, output: localizeFilterOutput({ output: detail.output, t, catalog }) });
  const labelFor = pathLabeler({ definition, apps });
  const context: MappingContext = { trigger: sampleEvent, steps: {} };
  const base = { ok: true as const, sampleEvent: { id: sampleEvent.id, type: sampleEvent.type } };

  const verdict = describeFilterResult({ filter: definition.filter, context, labelFor: (path) => labelFor(path) ?? path });
  if ("error" in verdict) return { ...base, outcome: "failed", message: worded(verdict.error), steps: [], stepTests: {} };
  if (!verdict.passed) return { ...base, outcome: "filtered", message: worded(verdict.message), steps: [], stepTests: {} };

  const testId = uuidV7();
  const runCreatedAt = new Date();
  const stepIds = definition.steps.map((step) => step.id);
  const kept: StepTests = {};
  const steps: ZapTestStep[] = [];
  const notes: string[] = [];
  for (const [index, step] of definition.steps.entries()) {
    const number = stepNumber({ index });
    if (isFilterStep(step)) {
      // A filter between steps, on the data so far: as a run checks it (lib/runs/execute-run.ts).
      const startedAt = new Date();
      let verdict: FilterStepOutput;
      try {
        verdict = checkFilterStep({ filter: step.filter, context, labelFor });
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        return {
          ...base,
          outcome: "failed",
          message: t("builder.zapTestResult.filterUnreadable", { number, error: worded(error.userMessage) }),
          steps,
          stepTests: kept,
        };
      }
      steps.push({
        detail: localizedDetail(
          filterStepDetail({ index, startedAt, verdict, names: { appName: t("runs.step.filterApp"), actionName: t("runs.step.filterName") } }),
        ),
        dryRun: false,
        notes: [...notes],
      });
      if (!verdict.passed)
        return {
          ...base,
          outcome: "filtered",
          message: t("builder.zapTestResult.filteredAt", { number, reason: verdict.reasonMessage ? worded(verdict.reasonMessage) : (verdict.reason ?? "") }),
          steps,
          stepTests: kept,
        };
      continue;
    }
    const entry = findCatalogEntry({ appKey: step.app, key: step.key, apps });
    const appName = entry?.app.name ?? step.app;
    const dryRun = entry?.kind === "action" && !send;
    const startedAt = new Date();
    const exchanges: HttpExchange[] = [];
    const stepNotes = [...notes];
    const detail = (fields: Pick<RunStepDetail, "input" | "output" | "status" | "error">): ZapTestStep => ({
      detail: {
        stepIndex: index,
        app: step.app,
        action: step.key,
        appName,
        actionName: entry?.definition.name ?? step.key,
        requests: exchanges.map((exchange) => exchange.request),
        durationMs: Date.now() - startedAt.getTime(),
        startedAt: startedAt.toISOString(),
        carriedOver: false,
        confirmedAt: null,
        effect: null,
        ...fields,
      },
      dryRun,
      notes: stepNotes,
    });

    let connection: ConnectionWithSecrets | null = null;
    try {
      connection = step.connectionId ? await readConnectionSecrets({ userId, connectionId: step.connectionId }) : null;
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      const message = t("builder.test.keysUnreadable", { error: error.message, app: appName });
      steps.push(detail({ input: null, output: null, status: "FAILED", error: message }));
      return { ...base, outcome: "failed", message: t("builder.zapTestResult.stepFailed", { number, message }), steps, stepTests: kept };
    }
    const result = await runStep({ step, connection, context, exchanges, idempotencyKey: `test:${testId}:${step.id}`, runCreatedAt, dryRun, labelFor });
    if (!result.ok) {
      const message = stepTestFailureMessage({ result, step, appName, t, catalog });
      const answer = result.reason === "vendor" ? (exchanges.at(-1)?.response?.body ?? result.failure.body ?? null) : null;
      const input = "input" in result ? plain(result.input) : null;
      if (result.reason === "vendor" && result.failure.stop) {
        steps.push(detail({ input, output: plain(answer), status: "SKIPPED", error: message }));
        return { ...base, outcome: "filtered", message: t("builder.zapTestResult.stoppedAt", { number, message }), steps, stepTests: kept };
      }
      steps.push(detail({ input, output: plain(answer), status: "FAILED", error: message }));
      return { ...base, outcome: "failed", message: t("builder.zapTestResult.stepFailed", { number, message }), steps, stepTests: kept };
    }

    if (result.output === undefined) {
      // A dry run: later steps get what a test of this step kept while current, else its examples.
      const test = Object.hasOwn(stepTests, step.id) ? stepTests[step.id] : undefined;
      const current =
        stepTestState({
          test,
          step,
          sampleEventId: sampleEvent.id,
          steps: definition.steps.filter((other): other is StepConfig => !isFilterStep(other)),
          stepTests,
        }) === "tested";
      context.steps[step.id] = current && test ? test.output : serverExampleOutput(step);
      notes.push(current ? t("builder.zapTestResult.dryRunTested", { number }) : t("builder.zapTestResult.dryRunExamples", { number }));
      steps.push(detail({ input: plain(result.input), output: null, status: "SUCCEEDED", error: null }));
      continue;
    }
    const output = plain(result.output);
    context.steps[step.id] = output;
    const recorded = await recordStepTest({ userId, zapId, step, stepIds, sampleEventId: sampleEvent.id, output, locale });
    if (recorded.ok) kept[step.id] = recorded.test;
    else stepNotes.push(recorded.message);
    steps.push(detail({ input: plain(result.input), output, status: "SUCCEEDED", error: null }));
  }
  const sent = send || !definition.steps.some((step) => !isFilterStep(step) && findCatalogEntry({ appKey: step.app, key: step.key })?.kind === "action");
  return {
    ...base,
    outcome: "succeeded",
    message: sent ? t("builder.zapTestResult.allRan") : t("builder.zapTestResult.allRanDry"),
    steps,
    stepTests: kept,
  };
}
