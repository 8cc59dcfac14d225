// Executes one run: filter, then each step in order (render inputs → validate → call → record a
// RunStep). A retried run resumes at the step that failed: steps that succeeded keep their output
// and are not called again. Transient failures are left to BullMQ to retry (outcome "retry");
// permanent ones fail the run at once. A worker first takes the run's lease (claim-run.ts), so two
// workers never execute one run at the same time.
import type Stripe from "stripe";
import type { ConnectionWithSecrets, StoredConnectionRow } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { env } from "@/lib/env";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { sql } from "@/lib/sql";
import type { HttpExchange } from "@/lib/http/sent-request";
import { logger } from "@/lib/logger";
import { TemplateError } from "@/lib/mapping/parse-template";
import { MAX_RETRY_DELAY_MS } from "@/lib/queue/retry-delay";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { claimRun, type ClaimedRun } from "@/lib/runs/claim-run";
import type { StepFailure } from "@/lib/catalog/step-failure";
import { decodeStepConnection } from "@/lib/runs/decode-step-connection";
import { parseRunDefinition } from "@/lib/runs/parse-run-definition";
import { runStep } from "@/lib/runs/run-step";
import { keepRunLease } from "@/lib/runs/keep-run-lease";
import { workerId as thisWorkerId } from "@/lib/runs/worker-id";
import type { StepConfig } from "@/lib/zaps/schema";

export type RunOutcome =
  /** "busy": another worker holds the run's lease, so nothing was done; "skipped": the run had ended. */
  | { outcome: "succeeded" | "filtered" | "failed" | "skipped" | "busy" }
  | { outcome: "retry"; message: string; retryAfterMs?: number };

type StepResult = { ok: true; output: unknown } | { ok: false; failure: StepFailure };

/** A value for a jsonb column: SQL NULL when there is none. */
const jsonb = (value: unknown): string | null => (value === undefined ? null : (JSON.stringify(value) ?? null));

/** How one attempt ended: the run's new status and error, and its entry in the attempt log. */
interface AttemptRecord {
  outcome: Exclude<RunOutcome["outcome"], "skipped" | "busy">;
  status: "QUEUED" | "SUCCEEDED" | "FAILED" | "FILTERED";
  /** What the run shows; the attempt log keeps `error`. */
  runError?: string | null;
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
  // Claims the run and reads what the attempt needs, after the claim: the steps another worker
  // finished before this one took over count as done.
  const claim = await claimRun({ runId, workerId, leaseMs });
  if (!claim.claimed) return { outcome: claim.reason === "held" ? "busy" : "skipped" };
  const { run, attempts } = claim;
  const lease = keepRunLease({ runId, workerId, leaseMs });
  try {
    const attempt = run.zapDeleted
      ? ({ outcome: "filtered", status: "FILTERED", runError: "The zap was deleted before this run could start, so nothing was sent." } satisfies AttemptRecord)
      : await attemptRun({ run, isLastAttempt, leaseLost: lease.isLost });
    lease.stop();
    // Another worker took the run over while this one was cut off: it decides the result.
    if (attempt === null) return { outcome: "skipped" };
    await finishAttempt({ runId, workerId, attempts, startedAt, attempt });
    return attempt.outcome === "retry" ? { outcome: "retry", message: attempt.error ?? "", retryAfterMs: attempt.retryAfterMs } : { outcome: attempt.outcome };
  } finally {
    lease.stop();
  }
}

/**
 * Ends the attempt in one statement: the run's status (and the lease given up) only while this
 * worker still holds the lease, since one cut off for longer than the lease must not overwrite the
 * result of the worker that took over; and the attempt's entry in the run's attempt log.
 */
async function finishAttempt({ runId, workerId, attempts, startedAt, attempt }: { runId: string; workerId: string; attempts: number; startedAt: Date; attempt: AttemptRecord }): Promise<void> {
  const retryAfterMs = attempt.retryAfterMs === undefined ? null : Math.min(attempt.retryAfterMs, MAX_RETRY_DELAY_MS);
  const finishedAt = attempt.status === "QUEUED" ? null : new Date();
  const [row] = await sql<{ finished: boolean }>(
    `WITH finished AS (
       UPDATE "Run"
       SET "status" = $3::"RunStatus", "error" = $4, "finishedAt" = coalesce($5::timestamptz, "finishedAt"), "lockedBy" = NULL, "lockedUntil" = NULL
       WHERE "id" = $1::uuid AND "lockedBy" = $2
       RETURNING "id"
     ), logged AS (
       INSERT INTO "RunAttempt" ("id", "runId", "number", "startedAt", "finishedAt", "outcome", "stepIndex", "error", "retryAfterMs")
       VALUES ($6::uuid, $1::uuid, $7, $8, now(), $9, $10::integer, $11, $12::integer)
       ON CONFLICT DO NOTHING
     )
     SELECT EXISTS (SELECT 1 FROM finished) AS "finished"`,
    [runId, workerId, attempt.status, attempt.runError ?? null, finishedAt, uuidV7(), attempts, startedAt, attempt.outcome, attempt.stepIndex ?? null, attempt.error ?? null, retryAfterMs],
  );
  if (!row?.finished) logger.warn("run lease lost before the attempt ended; the worker holding it decides the result", { runId, status: attempt.status });
}

async function attemptRun({
  run,
  isLastAttempt,
  leaseLost,
}: {
  run: ClaimedRun;
  isLastAttempt: boolean;
  leaseLost: () => boolean;
}): Promise<AttemptRecord | null> {
  const definition = parseRunDefinition({ zapVersionId: run.zapVersionId, definition: run.definition });
  if (!definition) {
    const error = "This zap version cannot be read; publish the zap again and replay the run.";
    return { outcome: "failed", status: "FAILED", runError: error, error };
  }
  const context: MappingContext = { trigger: run.payload as Stripe.Event, steps: {} };
  const done = new Map(run.doneSteps.map((step) => [step.stepIndex, step.output]));
  const connections = new Map(run.connections.map((connection) => [connection.id, connection]));

  let filterPassed: boolean;
  try {
    filterPassed = evaluateFilter({ filter: definition.filter, context }).passed;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const message = `The zap's filter cannot be evaluated: ${error.message} Fix the filter, publish, and replay on the current version.`;
    return { outcome: "failed", status: "FAILED", runError: message, error: message };
  }
  if (!filterPassed) return { outcome: "filtered", status: "FILTERED", runError: null };

  for (const [index, step] of definition.steps.entries()) {
    if (done.has(index)) {
      context.steps[step.id] = done.get(index);
      continue;
    }
    // Checked before every vendor call: a worker that lost its lease must not send what the new holder sends.
    if (leaseLost()) return null;
    const connection = step.connectionId ? connections.get(step.connectionId.toLowerCase()) : undefined;
    const result = await executeStep({ run: { id: run.id, createdAt: run.createdAt }, index, step, connection, context });
    if (result.ok) {
      context.steps[step.id] = result.output;
      continue;
    }
    const { failure } = result;
    if (failure.stop) {
      const error = `Stopped at step ${index + 1}: ${failure.message}`;
      return { outcome: "filtered", status: "FILTERED", runError: error, stepIndex: index, error };
    }
    const message = `Step ${index + 1} failed: ${failure.message}`;
    if (failure.kind === "transient" && !isLastAttempt) {
      return { outcome: "retry", status: "QUEUED", runError: `${message} Retrying.`, stepIndex: index, error: message, retryAfterMs: failure.retryAfterMs };
    }
    const error = failure.kind === "transient" ? `${message} Gave up after the last retry.` : message;
    return { outcome: "failed", status: "FAILED", runError: error, stepIndex: index, error };
  }
  return { outcome: "succeeded", status: "SUCCEEDED", runError: null };
}

async function executeStep({
  run,
  index,
  step,
  connection: stored,
  context,
}: {
  run: { id: string; createdAt: Date };
  index: number;
  step: StepConfig;
  /** The step's connection as claimRun read it; undefined when the owner has no such connection. */
  connection: StoredConnectionRow | undefined;
  context: MappingContext;
}): Promise<StepResult> {
  const startedAt = new Date();
  // Every HTTP request the step makes, recorded (credentials masked) also when the call fails.
  const exchanges: HttpExchange[] = [];
  const record = async (data: { status: "SUCCEEDED" | "FAILED"; input?: unknown; output?: unknown; error?: string | null }) => {
    const request = exchanges.length === 0 ? undefined : exchanges.map((exchange) => exchange.request);
    await sql(
      `INSERT INTO "RunStep" ("id", "runId", "stepIndex", "app", "action", "status", "input", "request", "output", "error", "startedAt", "finishedAt", "durationMs")
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::"RunStepStatus", $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, now(), $12)
       ON CONFLICT ("runId", "stepIndex") DO UPDATE SET
         "app" = EXCLUDED."app", "action" = EXCLUDED."action", "status" = EXCLUDED."status", "input" = EXCLUDED."input", "request" = EXCLUDED."request",
         "output" = EXCLUDED."output", "error" = EXCLUDED."error", "startedAt" = EXCLUDED."startedAt", "finishedAt" = EXCLUDED."finishedAt", "durationMs" = EXCLUDED."durationMs"`,
      [uuidV7(), run.id, index, step.app, step.key, data.status, jsonb(data.input), jsonb(request), jsonb(data.output), data.error ?? null, startedAt, Date.now() - startedAt.getTime()],
    );
  };
  const fail = async (failure: StepFailure, input?: unknown, output?: unknown): Promise<StepResult> => {
    await record({ status: "FAILED", input, output, error: failure.message });
    return { ok: false, failure };
  };

  let connection: ConnectionWithSecrets | null = null;
  try {
    connection = stored ? decodeStepConnection({ row: stored }) : null;
  } catch (error) {
    // A removed encryption key will not come back by retrying; a database error propagates and is retried.
    if (!(error instanceof DecryptionError)) throw error;
    return fail({ kind: "permanent", message: `The connection's keys cannot be read (${error.message}) Connect the app again and replay.` });
  }

  const result = await runStep({ step, connection, context, exchanges, idempotencyKey: `${run.id}:${step.id}`, runCreatedAt: run.createdAt });
  if (!result.ok) {
    switch (result.reason) {
      case "unknown_step":
        return fail({ kind: "permanent", message: `The step "${step.key}" no longer exists in Conduit.` });
      case "invalid_inputs":
        return fail({ kind: "permanent", message: result.problems.join(" ") }, result.input);
      case "no_connection":
      case "wrong_connection":
        return fail({ kind: "permanent", message: "The step's connection was deleted: choose another connection and replay." }, result.input);
      case "vendor": {
        const { failure } = result;
        return fail(failure, result.input, failure.status === undefined ? undefined : { status: failure.status, body: failure.body });
      }
    }
  }
  const { input, output } = result;
  await record({ status: "SUCCEEDED", input, output });
  return { ok: true, output };
}
