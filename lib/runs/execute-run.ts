// Executes one run: filter, then each step in order (render inputs → validate → call → record a
// RunStep). A retried run resumes at the step that failed: steps that succeeded keep their output
// and are not called again. Transient failures are left to BullMQ to retry (outcome "retry");
// permanent ones fail the run at once. A worker first takes the run's lease (claim-run.ts), so two
// workers never execute one run at the same time.
import type Stripe from "stripe";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { readConnectionSecrets, type ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HttpExchange } from "@/lib/http/sent-request";
import { logger } from "@/lib/logger";
import { TemplateError } from "@/lib/mapping/parse-template";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import { MAX_RETRY_DELAY_MS } from "@/lib/queue/retry-delay";
import { waitForCustomerioSlot } from "@/lib/queue/wait-for-rate-limit-slot";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { claimRun } from "@/lib/runs/claim-run";
import { classifyStepError, type StepFailure } from "@/lib/runs/classify-step-error";
import { createStepClient } from "@/lib/runs/create-step-client";
import { keepRunLease } from "@/lib/runs/keep-run-lease";
import { workerId as thisWorkerId } from "@/lib/runs/worker-id";
import { zapDefinitionSchema, type StepConfig } from "@/lib/zaps/schema";

export type RunOutcome =
  /** "busy": another worker holds the run's lease, so nothing was done; "skipped": the run had ended. */
  | { outcome: "succeeded" | "filtered" | "failed" | "skipped" | "busy" }
  | { outcome: "retry"; message: string; retryAfterMs?: number };

type StepResult = { ok: true; output: unknown } | { ok: false; failure: StepFailure };

const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** How one attempt ended, for the run's attempt log. */
interface AttemptRecord {
  outcome: Exclude<RunOutcome["outcome"], "skipped" | "busy">;
  stepIndex?: number;
  error?: string;
  retryAfterMs?: number;
}

export async function executeRun({
  runId,
  isLastAttempt,
  workerId = thisWorkerId(),
  leaseMs = env().RUN_LEASE_MS,
}: {
  runId: string;
  isLastAttempt: boolean;
  workerId?: string;
  leaseMs?: number;
}): Promise<RunOutcome> {
  const startedAt = new Date();
  const claim = await claimRun({ runId, workerId, leaseMs });
  if (!claim.claimed) return { outcome: claim.reason === "held" ? "busy" : "skipped" };
  const lease = keepRunLease({ runId, workerId, leaseMs });
  const stopRenewing = lease.stop;
  try {
    // Read after the claim: the steps another worker finished before this one took over count as done.
    const run = await db.run.findUniqueOrThrow({
      where: { id: runId },
      select: {
        id: true,
        createdAt: true,
        zap: { select: { userId: true, deletedAt: true } },
        event: { select: { payload: true } },
        zapVersion: { select: { definition: true } },
        draftDefinition: true,
        steps: { where: { status: "SUCCEEDED" }, select: { stepIndex: true, output: true } },
      },
    });
    const { attempts } = claim;
    // Ends the attempt and gives the lease up, only while this worker still holds it: one that was cut
    // off for longer than the lease must not overwrite the result of the worker that took over.
    const finish = async (status: "QUEUED" | "SUCCEEDED" | "FAILED" | "FILTERED", error: string | null = null) => {
      stopRenewing();
      const { count } = await db.run.updateMany({
        where: { id: run.id, lockedBy: workerId },
        data: { status, error, finishedAt: status === "QUEUED" ? undefined : new Date(), lockedBy: null, lockedUntil: null },
      });
      if (count === 0) logger.warn("run lease lost before the attempt ended; the worker holding it decides the result", { runId, status });
    };
    const definition = run.zapVersion?.definition ?? run.draftDefinition;
    const attempt = run.zap.deletedAt
      ? await finish("FILTERED", "The zap was deleted before this run could start, so nothing was sent.").then((): AttemptRecord => ({ outcome: "filtered" }))
      : await attemptRun({ run: { ...run, definition }, isLastAttempt, finish, leaseLost: lease.isLost });
    // Another worker took the run over while this one was cut off: it decides the result.
    if (attempt === null) return { outcome: "skipped" };
    const retryAfterMs = attempt.retryAfterMs === undefined ? undefined : Math.min(attempt.retryAfterMs, MAX_RETRY_DELAY_MS);
    // The log is for people; losing one entry must not turn a finished attempt into a retry.
    await db.runAttempt
      .createMany({
        data: [{ runId: run.id, number: attempts, startedAt, finishedAt: new Date(), outcome: attempt.outcome, stepIndex: attempt.stepIndex, error: attempt.error, retryAfterMs }],
        skipDuplicates: true,
      })
      .catch((error: unknown) => logger.warn("run attempt not logged", { runId: run.id, attempt: attempts, error }));
    return attempt.outcome === "retry" ? { outcome: "retry", message: attempt.error ?? "", retryAfterMs: attempt.retryAfterMs } : { outcome: attempt.outcome };
  } finally {
    stopRenewing();
  }
}

async function attemptRun({
  run,
  isLastAttempt,
  finish,
  leaseLost,
}: {
  run: { id: string; createdAt: Date; zap: { userId: string }; event: { payload: unknown }; definition: unknown; steps: { stepIndex: number; output: unknown }[] };
  isLastAttempt: boolean;
  finish: (status: "QUEUED" | "SUCCEEDED" | "FAILED" | "FILTERED", error?: string | null) => Promise<void>;
  leaseLost: () => boolean;
}): Promise<AttemptRecord | null> {
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
    // Checked before every vendor call: a worker that lost its lease must not send what the new holder sends.
    if (leaseLost()) return null;
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
      await finish("QUEUED", `${message} Retrying.`);
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
  // Every HTTP request the step makes, recorded (credentials masked) also when the call fails.
  const exchanges: HttpExchange[] = [];
  const record = async (data: { status: "SUCCEEDED" | "FAILED"; input?: unknown; output?: unknown; error?: string | null }) => {
    const row = {
      app: step.app,
      action: step.key,
      status: data.status,
      input: json(data.input),
      request: exchanges.length === 0 ? Prisma.DbNull : json(exchanges.map((exchange) => exchange.request)),
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
      client: createStepClient({ connection, exchanges }),
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
