// Executes one run: filter, then each step in order (render inputs → validate → call → record a
// RunStep). A retried run resumes at the step that failed: steps that succeeded keep their output
// and are not called again. Transient failures are left to BullMQ to retry (outcome "retry");
// permanent ones fail the run at once.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { TemplateError } from "@/lib/mapping/parse-template";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import { MAX_RETRY_DELAY_MS } from "@/lib/queue/retry-delay";
import { waitForCustomerioSlot } from "@/lib/queue/wait-for-rate-limit-slot";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { classifyStepError, type StepFailure } from "@/lib/runs/classify-step-error";
import { createStepClient } from "@/lib/runs/create-step-client";
import { zapDefinitionSchema, type StepConfig } from "@/lib/zaps/schema";

export type RunOutcome =
  | { outcome: "succeeded" | "filtered" | "failed" | "skipped" }
  | { outcome: "retry"; message: string; retryAfterMs?: number };

type StepResult = { ok: true; output: unknown } | { ok: false; failure: StepFailure };

const FINAL = new Set(["SUCCEEDED", "FAILED", "FILTERED"]);

const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** How one attempt ended, for the run's attempt log. */
interface AttemptRecord {
  outcome: Exclude<RunOutcome["outcome"], "skipped">;
  stepIndex?: number;
  error?: string;
  retryAfterMs?: number;
}

export async function executeRun({ runId, isLastAttempt }: { runId: string; isLastAttempt: boolean }): Promise<RunOutcome> {
  const run = await db.run.findUnique({
    where: { id: runId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      zap: { select: { userId: true } },
      event: { select: { payload: true } },
      zapVersion: { select: { definition: true } },
      draftDefinition: true,
      steps: { where: { status: "SUCCEEDED" }, select: { stepIndex: true, output: true } },
    },
  });
  if (!run || FINAL.has(run.status)) return { outcome: "skipped" };
  const startedAt = new Date();
  const { attempts } = await db.run.update({
    where: { id: run.id },
    data: { status: "RUNNING", attempts: { increment: 1 }, startedAt: run.status === "QUEUED" ? startedAt : undefined, error: null },
    select: { attempts: true },
  });
  const finish = async (status: "SUCCEEDED" | "FAILED" | "FILTERED", error: string | null = null) => {
    await db.run.update({ where: { id: run.id }, data: { status, error, finishedAt: new Date() } });
  };
  const definition = run.zapVersion?.definition ?? run.draftDefinition;
  const attempt = await attemptRun({ run: { ...run, definition }, isLastAttempt, finish });
  const retryAfterMs = attempt.retryAfterMs === undefined ? undefined : Math.min(attempt.retryAfterMs, MAX_RETRY_DELAY_MS);
  // The log is for people; losing one entry must not turn a finished attempt into a retry.
  await db.runAttempt
    .createMany({
      data: [{ runId: run.id, number: attempts, startedAt, finishedAt: new Date(), outcome: attempt.outcome, stepIndex: attempt.stepIndex, error: attempt.error, retryAfterMs }],
      skipDuplicates: true,
    })
    .catch((error: unknown) => logger.warn("run attempt not logged", { runId: run.id, attempt: attempts, error }));
  return attempt.outcome === "retry" ? { outcome: "retry", message: attempt.error ?? "", retryAfterMs: attempt.retryAfterMs } : { outcome: attempt.outcome };
}

async function attemptRun({
  run,
  isLastAttempt,
  finish,
}: {
  run: { id: string; createdAt: Date; zap: { userId: string }; event: { payload: unknown }; definition: unknown; steps: { stepIndex: number; output: unknown }[] };
  isLastAttempt: boolean;
  finish: (status: "SUCCEEDED" | "FAILED" | "FILTERED", error?: string | null) => Promise<void>;
}): Promise<AttemptRecord> {
  const definition = zapDefinitionSchema.safeParse(run.definition);
  if (!definition.success) {
    const error = "This zap version cannot be read; publish the zap again and replay the run.";
    await finish("FAILED", error);
    return { outcome: "failed", error };
  }
  const context: MappingContext = { trigger: run.event.payload as unknown as Stripe.Event, steps: {} };
  const done = new Map(run.steps.map((step) => [step.stepIndex, step.output]));

  let filterPassed: boolean;
  try {
    filterPassed = evaluateFilter({ filter: definition.data.filter, context }).passed;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const message = `The zap's filter cannot be evaluated: ${error.message} Fix the filter, publish, and replay on the current version.`;
    await finish("FAILED", message);
    return { outcome: "failed", error: message };
  }
  if (!filterPassed) {
    await finish("FILTERED", null);
    return { outcome: "filtered" };
  }

  for (const [index, step] of definition.data.steps.entries()) {
    if (done.has(index)) {
      context.steps[step.id] = done.get(index);
      continue;
    }
    const result = await executeStep({ run: { id: run.id, userId: run.zap.userId, createdAt: run.createdAt }, index, step, context });
    if (result.ok) {
      context.steps[step.id] = result.output;
      continue;
    }
    const { failure } = result;
    if (failure.stop) {
      const error = `Stopped at step ${index + 1}: ${failure.message}`;
      await finish("FILTERED", error);
      return { outcome: "filtered", stepIndex: index, error };
    }
    const message = `Step ${index + 1} failed: ${failure.message}`;
    if (failure.kind === "transient" && !isLastAttempt) {
      await db.run.update({ where: { id: run.id }, data: { status: "QUEUED", error: `${message} Retrying.` } });
      return { outcome: "retry", stepIndex: index, error: message, retryAfterMs: failure.retryAfterMs };
    }
    const error = failure.kind === "transient" ? `${message} Gave up after the last retry.` : message;
    await finish("FAILED", error);
    return { outcome: "failed", stepIndex: index, error };
  }
  await finish("SUCCEEDED");
  return { outcome: "succeeded" };
}

async function executeStep({
  run,
  index,
  step,
  context,
}: {
  run: { id: string; userId: string; createdAt: Date };
  index: number;
  step: StepConfig;
  context: MappingContext;
}): Promise<StepResult> {
  const startedAt = new Date();
  const record = async (data: { status: "SUCCEEDED" | "FAILED"; input?: unknown; output?: unknown; error?: string | null }) => {
    const row = {
      app: step.app,
      action: step.key,
      status: data.status,
      input: json(data.input),
      output: json(data.output),
      error: data.error ?? null,
      startedAt,
      finishedAt: new Date(),
      durationMs: Date.now() - startedAt.getTime(),
    };
    await db.runStep.upsert({ where: { runId_stepIndex: { runId: run.id, stepIndex: index } }, create: { runId: run.id, stepIndex: index, ...row }, update: row });
  };
  const fail = async (failure: StepFailure, input?: unknown, output?: unknown): Promise<StepResult> => {
    await record({ status: "FAILED", input, output, error: failure.message });
    return { ok: false, failure };
  };

  const entry = findCatalogEntry({ appKey: step.app, key: step.key });
  if (!entry || entry.kind === "trigger") return fail({ kind: "permanent", message: `The step "${step.key}" no longer exists in Conduit.` });
  let connection: ConnectionWithSecrets | null = null;
  try {
    connection = step.connectionId ? await readConnectionSecrets({ userId: run.userId, connectionId: step.connectionId }) : null;
  } catch (error) {
    // A removed encryption key will not come back by retrying; a database error propagates and is retried.
    if (!(error instanceof DecryptionError)) throw error;
    return fail({ kind: "permanent", message: `The connection's keys cannot be read (${error.message}) Connect the app again and replay.` });
  }
  if (!connection || connection.app !== step.app) return fail({ kind: "permanent", message: "The step's connection was deleted: choose another connection and replay." });

  const rendered = renderStepInputs({ fields: entry.definition.inputs, mapped: step.inputs, context });
  if (!rendered.ok) {
    const problems = Object.entries(rendered.errors).map(([name, message]) => `${entry.definition.inputs[name]?.label ?? name}: ${message}`);
    return fail({ kind: "permanent", message: problems.join(" ") }, rendered.raw);
  }
  if (connection.app === "customerio") await waitForCustomerioSlot({ connectionId: connection.id });
  let output: unknown;
  try {
    // Only the vendor call is classified; Conduit's own failures (database, Redis) propagate to BullMQ.
    output = await entry.definition.run({
      input: rendered.input,
      client: createStepClient({ connection }),
      idempotencyKey: `${run.id}:${step.id}`,
      runCreatedAt: run.createdAt,
    });
  } catch (error) {
    const failure = classifyStepError({ app: step.app, error });
    return fail(failure, rendered.input, failure.status === undefined ? undefined : { status: failure.status, body: failure.body });
  }
  await record({ status: "SUCCEEDED", input: rendered.input, output });
  return { ok: true, output };
}
