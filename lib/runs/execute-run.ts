// Executes one run: filter, then each step in order (render inputs → validate → call → record a
// RunStep; a filter step records its verdict and ends the run FILTERED when it does not pass). A retried run resumes at the step that failed: steps that succeeded keep their output
// and are not called again. Transient failures are left to BullMQ to retry (outcome "retry");
// permanent ones fail the run at once. A worker first takes the run's lease (claim-run.ts), so two
// workers never execute one run at the same time.
import type Stripe from "stripe";
import type { ConnectionWithSecrets, StoredConnectionRow } from "@/lib/connections/read-connection-secrets";
import { DecryptionError } from "@/lib/crypto/decrypt-secret";
import { env } from "@/lib/env";
import { checkFilterStep } from "@/lib/filters/check-filter-step";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { englishText, messageFields, plainText, said, sentences, type UserMessage } from "@/lib/i18n/user-message";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { sql } from "@/lib/sql";
import type { HttpExchange } from "@/lib/http/sent-request";
import { logger } from "@/lib/logger";
import { TemplateError } from "@/lib/mapping/parse-template";
import { retryDelay } from "@/lib/queue/retry-delay";
import { enterCircuit } from "@/lib/queue/enter-circuit";
import { recordCircuitResult } from "@/lib/queue/record-circuit-result";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";
import { findApp } from "@/lib/catalog/find-app";
import { finishWaitingAttempt } from "@/lib/runs/finish-waiting-attempt";
import { outageGiveUpMessage } from "@/lib/runs/outage-give-up-message";
import { resumeWaitingRuns } from "@/lib/runs/resume-waiting-runs";
import { interruptedSendMessage } from "@/lib/runs/interrupted-send-message";
import { runGiveUpAt } from "@/lib/runs/run-give-up-at";
import { unsettledStepMessage } from "@/lib/runs/unsettled-step-message";
import { waitingRunMessage } from "@/lib/runs/waiting-run-message";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { claimRun, type ClaimedRun } from "@/lib/runs/claim-run";
import type { StepFailure } from "@/lib/catalog/step-failure";
import { decodeStepConnection } from "@/lib/runs/decode-step-connection";
import { pathLabeler } from "@/lib/mapping/path-labeler";
import type { LabelFor } from "@/lib/mapping/render-step-inputs";
import { parseRunDefinition } from "@/lib/runs/parse-run-definition";
import { recordFilterStep, type FilterStepOutput } from "@/lib/runs/record-filter-step";
import { runStep } from "@/lib/runs/run-step";
import { finishRunAttempt, type AttemptRecord } from "@/lib/runs/finish-run-attempt";
import { keepRunLease } from "@/lib/runs/keep-run-lease";
import { workerId as thisWorkerId } from "@/lib/runs/worker-id";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig } from "@/lib/zaps/schema";
import { stepNumber } from "@/lib/zaps/step-number";

export type RunOutcome =
  /** "busy": another worker holds the run's lease, so nothing was done; "skipped": the run had ended. */
  /** "needs_attention": a step's outcome is unknown and its owner decides (lib/runs/resolve-unknown-step.ts). */
  | { outcome: "succeeded" | "filtered" | "failed" | "needs_attention" | "skipped" | "busy" }
  /** "retry": BullMQ tries again after `delayMs`, the delay stored with the attempt. */
  | { outcome: "retry"; message: string; retryAfterMs?: number; delayMs: number }
  /** "wait": a step's connection is unavailable (its circuit breaker is open); look again at `until`, no attempt used. */
  | { outcome: "wait"; until: number };

/** `vendorCalled: false`: the step ended without calling its vendor (nothing to look up). */
type StepResult = { ok: true; output: unknown; vendorCalled?: false } | { ok: false; failure: StepFailure; vendorCalled?: false };

/** A value for a jsonb column: SQL NULL when there is none. */
const jsonb = (value: unknown): string | null => (value === undefined ? null : (JSON.stringify(value) ?? null));

/** A step's connection is unavailable: the run waits for it, and this was no attempt. */
interface WaitRecord {
  outcome: "wait";
  connectionId: string;
  retryAt: number;
  runError: UserMessage;
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
      ? ({ outcome: "filtered", status: "FILTERED", runError: said("runErrors.run.zapDeleted") } satisfies AttemptRecord)
      : await attemptRun({ run, isLastAttempt, workerId, leaseLost: lease.isLost });
    lease.stop();
    // Another worker took the run over while this one was cut off: it decides the result.
    if (attempt === null) return { outcome: "skipped" };
    if (attempt.outcome === "wait") {
      const waiting = await finishWaitingAttempt({ runId, workerId, connectionId: attempt.connectionId, retryAt: attempt.retryAt, error: attempt.runError });
      return waiting ? { outcome: "wait", until: attempt.retryAt } : { outcome: "skipped" };
    }
    await finishRunAttempt({ runId, workerId, attempts, startedAt, attempt });
    return attempt.outcome === "retry"
      ? { outcome: "retry", message: attempt.error ? englishText(attempt.error) : "", retryAfterMs: attempt.retryAfterMs, delayMs: attempt.delayMs ?? 0 }
      : { outcome: attempt.outcome };
  } finally {
    lease.stop();
  }
}

async function attemptRun({
  run,
  isLastAttempt,
  workerId,
  leaseLost,
}: {
  run: ClaimedRun;
  isLastAttempt: boolean;
  workerId: string;
  leaseLost: () => boolean;
}): Promise<AttemptRecord | WaitRecord | null> {
  const definition = parseRunDefinition({ zapVersionId: run.zapVersionId, definition: run.definition });
  if (!definition) {
    const error = said("runErrors.run.versionUnreadable");
    return { outcome: "failed", status: "FAILED", failedPermanently: true, runError: error, error };
  }
  const context: MappingContext = { trigger: run.payload as Stripe.Event, steps: {} };
  const done = new Map(run.doneSteps.map((step) => [step.stepIndex, step.output]));
  const connections = new Map(run.connections.map((connection) => [connection.id, connection]));

  let filterPassed: boolean;
  try {
    filterPassed = evaluateFilter({ filter: definition.filter, context }).passed;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const message = said("runErrors.run.filterUnreadable", { reason: error.userMessage });
    return { outcome: "failed", status: "FAILED", failedPermanently: true, runError: message, error: message };
  }
  if (!filterPassed) return { outcome: "filtered", status: "FILTERED", runError: null };
  const schedule = runRetrySchedule();
  // A run claimed for the first time was queued at createdAt; startedAt is then this claim's. Once its
  // owner resolved a step whose outcome was unknown, the rest of the run has a whole schedule again.
  const giveUpAt = runGiveUpAt({ firstTriedAt: run.retryWindowStartedAt ?? (run.attempts > 1 ? run.startedAt : run.createdAt), schedule });
  const windowAttempts = run.attempts - run.retryWindowAttempts;
  const labelFor = pathLabeler({ definition });

  for (const [index, step] of definition.steps.entries()) {
    if (done.has(index)) {
      if (!isFilterStep(step)) context.steps[step.id] = done.get(index);
      continue;
    }
    if (isFilterStep(step)) {
      // "Only continue if" between steps: its rules read the trigger and the steps before it.
      const startedAt = new Date();
      let verdict: FilterStepOutput;
      try {
        verdict = checkFilterStep({ filter: step.filter, context, labelFor });
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        const message = said("runErrors.run.stepFilterUnreadable", { step: stepNumber({ index }), reason: error.userMessage });
        return { outcome: "failed", status: "FAILED", failedPermanently: true, runError: message, stepIndex: index, error: message };
      }
      if (leaseLost()) return null;
      await recordFilterStep({ runId: run.id, attempt: run.attempts, index, startedAt, output: verdict });
      if (verdict.passed) continue;
      const error = said("runErrors.run.filteredAt", { step: stepNumber({ index }), reason: verdict.reasonMessage ?? plainText(verdict.reason ?? "") });
      return { outcome: "filtered", status: "FILTERED", runError: error, stepIndex: index, error };
    }
    // Checked before every vendor call: a worker that lost its lease must not send what the new holder sends.
    if (leaseLost()) return null;
    const connection = step.connectionId ? connections.get(step.connectionId.toLowerCase()) : undefined;
    // The connection's circuit breaker: while it is unavailable the run waits for it, without using attempts.
    const circuitId = connection?.id;
    const gate = circuitId ? await enterCircuit({ connectionId: circuitId, token: run.id }) : undefined;
    if (circuitId && gate?.state === "open") {
      const appName = findApp({ appKey: step.app })?.name ?? step.app;
      if (Date.now() < giveUpAt) {
        return { outcome: "wait", connectionId: circuitId, retryAt: gate.retryAt, runError: waitingRunMessage({ step: stepNumber({ index }), appName }) };
      }
      const error = said("runErrors.run.stepFailed", { step: stepNumber({ index }), reason: outageGiveUpMessage({ appName, openedAt: gate.openedAt }) });
      // A send an earlier attempt left unfinished (or its owner asked to send again) must not end in a
      // failed run, which a replay would send again: its outcome stays unknown, for its owner.
      const settled = await settleInterruptedSend({ runId: run.id, workerId, index, appName });
      if (!settled.held) return null;
      if (settled.ended || settled.status === "UNKNOWN") {
        const runError = unsettledStepMessage({ index, detail: settled.ended ? settled.message : said("runErrors.run.notSentAgain") });
        return {
          outcome: "needs_attention",
          status: "NEEDS_ATTENTION",
          runError,
          stepIndex: index,
          error: said("runErrors.run.both", { first: error, second: runError }),
        };
      }
      return { outcome: "failed", status: "FAILED", runError: error, stepIndex: index, error };
    }
    const result = await executeStep({
      run: { id: run.id, createdAt: run.createdAt },
      workerId,
      attempt: run.attempts,
      index,
      step,
      connection,
      context,
      labelFor,
    });
    if (circuitId) {
      // A lost reply or a timeout counts as the connection failing (a hang must open the breaker); an
      // HTTP answer refusing the request shows that the vendor answers (it closes the breaker after a probe).
      // A step that called nothing (nothing to look up) says nothing about the vendor ("permanent" counts nothing).
      const answered =
        result === null || result.vendorCalled === false
          ? "permanent"
          : result.ok || result.failure.stop
            ? "success"
            : result.failure.kind !== "permanent"
              ? "transient"
              : result.failure.status === undefined
                ? "permanent"
                : "answered";
      // Through a closed breaker only a failure counts, and a success resets a count: with no count
      // there is nothing to tell it (one Redis round trip saved on almost every run). A failure another
      // run counts meanwhile stays counted: while a connection flaps, its breaker may open a little sooner.
      const changesNothing = gate?.state === "closed" && (answered === "permanent" || answered === "answered" || (answered === "success" && gate.clean));
      if (!changesNothing && (await recordCircuitResult({ connectionId: circuitId, result: answered, token: run.id })) === "closed") {
        void resumeWaitingRuns({ connectionId: circuitId }).catch((error: unknown) =>
          logger.warn("waiting runs not resumed; they look again at their next time", { connectionId: circuitId, error }),
        );
      }
    }
    // The step's row was taken over by the worker that took the run over: it decides.
    if (result === null) return null;
    if (result.ok) {
      context.steps[step.id] = result.output;
      continue;
    }
    const { failure } = result;
    const reason = failure.userMessage ?? plainText(failure.message);
    if (failure.stop) {
      const error = said("runErrors.run.stoppedAt", { step: stepNumber({ index }), reason });
      return { outcome: "filtered", status: "FILTERED", runError: error, stepIndex: index, error };
    }
    if (failure.kind === "unknown") {
      // Only a step that must not be repeated unasked reports "unknown" (executeStep retries the others).
      const error = said("runErrors.run.outcomeUnknown", { step: stepNumber({ index }), reason });
      return {
        outcome: "needs_attention",
        status: "NEEDS_ATTENTION",
        runError: unsettledStepMessage({ index, detail: reason }),
        stepIndex: index,
        error,
      };
    }
    if (circuitId && gate?.state === "probe" && failure.kind === "transient") {
      // A failed probe: the connection is still unavailable, and this run waits on like the others, without using an attempt.
      const appName = findApp({ appKey: step.app })?.name ?? step.app;
      if (Date.now() < giveUpAt) {
        const next = await enterCircuit({ connectionId: circuitId, token: run.id });
        const runError = waitingRunMessage({ step: stepNumber({ index }), appName, lastError: reason });
        return { outcome: "wait", connectionId: circuitId, retryAt: next.state === "open" ? next.retryAt : Date.now(), runError };
      }
      const error = said("runErrors.run.stepFailed", { step: stepNumber({ index }), reason: outageGiveUpMessage({ appName, openedAt: gate.openedAt }) });
      return { outcome: "failed", status: "FAILED", runError: error, stepIndex: index, error };
    }
    const message = said("runErrors.run.stepFailed", { step: stepNumber({ index }), reason });
    // The run's attempts are counted in the database (BullMQ's count misses takeovers); past the
    // schedule's total time a run gives up whatever attempts remain.
    if (failure.kind === "transient" && !isLastAttempt && windowAttempts <= schedule.length && Date.now() < giveUpAt) {
      // The delay is chosen here, stored with the attempt, and handed to BullMQ as is (worker/index.ts).
      const delayMs = retryDelay({ attempt: windowAttempts, schedule, retryAfterMs: failure.retryAfterMs });
      return {
        outcome: "retry",
        status: "QUEUED",
        runError: message,
        stepIndex: index,
        error: message,
        retryAfterMs: failure.retryAfterMs,
        delayMs,
        nextAttemptAt: new Date(Date.now() + delayMs),
      };
    }
    const error = failure.kind === "transient" ? said("runErrors.run.stepFailedGaveUp", { step: stepNumber({ index }), reason }) : message;
    return { outcome: "failed", status: "FAILED", failedPermanently: failure.kind === "permanent", runError: error, stepIndex: index, error };
  }
  return { outcome: "succeeded", status: "SUCCEEDED", runError: null };
}

async function executeStep({
  run,
  workerId,
  attempt,
  index,
  step,
  connection: stored,
  context,
  labelFor,
}: {
  run: { id: string; createdAt: Date };
  /** The worker holding the run's lease: a step that must not be repeated unasked is only sent, and recorded, under it. */
  workerId: string;
  /** The run's attempt number (Run.attempts after the claim), for the step's history. */
  attempt: number;
  index: number;
  step: StepConfig;
  /** The step's connection as claimRun read it; undefined when the owner has no such connection. */
  connection: StoredConnectionRow | undefined;
  context: MappingContext;
  labelFor: LabelFor;
}): Promise<StepResult | null> {
  let startedAt = new Date();
  // Every HTTP request the step makes, recorded (credentials masked) also when the call fails.
  const exchanges: HttpExchange[] = [];
  // Set once markSending wrote this attempt's RUNNING row: the result is then only recorded over that row.
  let sending = false;
  /** False when the step's row is no longer this attempt's (a worker that took the run over ended it). */
  const record = async (data: {
    status: "SUCCEEDED" | "FAILED" | "SKIPPED" | "UNKNOWN";
    input?: unknown;
    output?: unknown;
    error?: UserMessage;
  }): Promise<boolean> => {
    const request = exchanges.length === 0 ? undefined : exchanges.map((exchange) => exchange.request);
    const error = data.error ? englishText(data.error) : null;
    const entry = { attempt, status: data.status, startedAt, finishedAt: new Date(), exchanges, ...(data.error ? { error, errorMessage: data.error } : {}) };
    // The step's history keeps each attempt's requests and answers; this attempt's entry replaces the
    // "RUNNING" one it wrote before sending (markSending). A late answer to an attempt whose lease ran
    // out must not overwrite what the worker that took over decided (e.g. outcome unknown).
    const rows = await sql(
      `INSERT INTO "RunStep" ("id", "runId", "stepIndex", "app", "action", "status", "input", "request", "output", "error", "errorMessage", "startedAt", "finishedAt", "durationMs", "history")
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::"RunStepStatus", $7::jsonb, $8::jsonb, $9::jsonb, $10, $16::jsonb, $11, now(), $12, jsonb_build_array($13::jsonb))
       ON CONFLICT ("runId", "stepIndex") DO UPDATE SET
         "app" = EXCLUDED."app", "action" = EXCLUDED."action", "status" = EXCLUDED."status", "input" = EXCLUDED."input", "request" = EXCLUDED."request",
         "output" = EXCLUDED."output", "error" = EXCLUDED."error", "errorMessage" = EXCLUDED."errorMessage", "startedAt" = EXCLUDED."startedAt", "finishedAt" = EXCLUDED."finishedAt", "durationMs" = EXCLUDED."durationMs",
         "confirmedAt" = NULL,
         "history" = (CASE WHEN "RunStep"."history"->-1->>'attempt' = $14 THEN "RunStep"."history" - (-1) ELSE "RunStep"."history" END) || EXCLUDED."history"
       WHERE NOT $15::boolean OR ("RunStep"."status" = 'RUNNING' AND "RunStep"."history"->-1->>'attempt' = $14)
       RETURNING 1`,
      [
        uuidV7(),
        run.id,
        index,
        step.app,
        step.key,
        data.status,
        jsonb(data.input),
        jsonb(request),
        jsonb(data.output),
        error,
        startedAt,
        Date.now() - startedAt.getTime(),
        jsonb(entry),
        String(attempt),
        sending,
        jsonb(data.error),
      ],
      { name: "record-run-step" },
    );
    if (rows.length === 0) logger.warn("step result not recorded: another attempt took the step over", { runId: run.id, stepIndex: index, attempt });
    return rows.length > 0;
  };
  // A lookup that found nothing and stops the run did not fail: SKIPPED, as a filter that stopped it, with the reason.
  const fail = async (failure: StepFailure, input?: unknown, output?: unknown): Promise<StepResult | null> =>
    (await record({
      status: failure.stop ? "SKIPPED" : failure.kind === "unknown" ? "UNKNOWN" : "FAILED",
      input,
      output,
      error: failure.userMessage ?? plainText(failure.message),
    }))
      ? { ok: false, failure }
      : null;
  /**
   * Before a step that must not be repeated unasked is sent, the database learns that it is being
   * sent, in one statement that also checks this worker still holds the run's lease (a worker cut off
   * past its lease must not send what the worker that took over sent). Only a step that did not take
   * effect (FAILED, SKIPPED) or that its owner asked to send again (UNKNOWN) is sent; one still RUNNING
   * was being sent by an attempt that never finished, and one SUCCEEDED was sent: neither is sent again ("hold").
   */
  const markSending = async (input: Record<string, unknown>): Promise<"call" | "hold"> => {
    startedAt = new Date();
    const entry = { attempt, status: "RUNNING", startedAt, exchanges: [] };
    const rows = await sql<{ id: string }>(
      `INSERT INTO "RunStep" ("id", "runId", "stepIndex", "app", "action", "status", "input", "startedAt", "history")
       SELECT $1::uuid, $2::uuid, $3, $4, $5, 'RUNNING', $6::jsonb, $7, jsonb_build_array($8::jsonb)
       WHERE EXISTS (SELECT 1 FROM "Run" WHERE "id" = $2::uuid AND "lockedBy" = $9 AND "status" = 'RUNNING')
       ON CONFLICT ("runId", "stepIndex") DO UPDATE SET
         "app" = EXCLUDED."app", "action" = EXCLUDED."action", "status" = 'RUNNING', "input" = EXCLUDED."input", "request" = NULL, "output" = NULL,
         "error" = NULL, "errorMessage" = NULL, "startedAt" = EXCLUDED."startedAt", "finishedAt" = NULL, "durationMs" = NULL, "confirmedAt" = NULL,
         "history" = "RunStep"."history" || EXCLUDED."history"
       WHERE "RunStep"."status" IN ('FAILED', 'SKIPPED', 'UNKNOWN')
         AND EXISTS (SELECT 1 FROM "Run" WHERE "id" = $2::uuid AND "lockedBy" = $9 AND "status" = 'RUNNING')
       RETURNING "id"::text AS "id"`,
      [uuidV7(), run.id, index, step.app, step.key, jsonb(input), startedAt, jsonb(entry), workerId],
      { name: "mark-run-step-sending" },
    );
    sending = rows.length > 0;
    return sending ? "call" : "hold";
  };

  let connection: ConnectionWithSecrets | null = null;
  try {
    connection = stored ? decodeStepConnection({ row: stored }) : null;
  } catch (error) {
    // A removed encryption key will not come back by retrying; a database error propagates and is retried.
    if (!(error instanceof DecryptionError)) throw error;
    return fail({ kind: "permanent", ...messageFields(said("runErrors.run.keysUnreadable", { reason: error.message.replace(/\.$/, "") })) });
  }

  const result = await runStep({
    step,
    connection,
    context,
    exchanges,
    idempotencyKey: `${run.id}:${step.id}`,
    runCreatedAt: run.createdAt,
    labelFor,
    beforeCall: ({ entry, input }) => (entry.definition.idempotent ? Promise.resolve("call") : markSending(input)),
  });
  if (!result.ok) {
    switch (result.reason) {
      case "unknown_step":
        return fail({ kind: "permanent", ...messageFields(said("runErrors.run.stepGone", { step: step.key })) });
      case "invalid_inputs":
        return fail({ kind: "permanent", ...messageFields(sentences(result.problems)) }, result.input);
      case "no_connection":
      case "wrong_connection":
        return fail({ kind: "permanent", ...messageFields(said("runErrors.run.connectionDeleted")) }, result.input);
      case "not_called": {
        const settled = await settleInterruptedSend({ runId: run.id, workerId, index, appName: result.entry.app.name });
        if (settled.ended) return { ok: false, failure: { kind: "unknown", ...messageFields(settled.message) } };
        // An earlier attempt's answer came after all (this worker took the run over before it was recorded).
        if (settled.held && settled.status === "SUCCEEDED") return { ok: true, output: settled.output };
        return null;
      }
      case "vendor": {
        const { failure } = result;
        // A call that may have taken effect is simply retried when repeating it is harmless.
        const classified: StepFailure = failure.kind === "unknown" && result.entry.definition.idempotent ? { ...failure, kind: "transient" } : failure;
        const failed = await fail(classified, result.input, failure.status === undefined ? undefined : { status: failure.status, body: failure.body });
        return failed && result.vendorCalled === false ? { ...failed, vendorCalled: false } : failed;
      }
    }
  }
  const { input, output, vendorCalled } = result;
  return (await record({ status: "SUCCEEDED", input, output })) ? { ok: true, output, ...(vendorCalled === false ? { vendorCalled } : {}) } : null;
}

/**
 * Under this worker's lease, ends a step an earlier attempt was sending when it stopped (RUNNING): its
 * outcome is unknown. Says whether the lease is held, whether this ended the step, and the step's row
 * as it was before (its status, null without a row, and output).
 */
async function settleInterruptedSend({
  runId,
  workerId,
  index,
  appName,
}: {
  runId: string;
  workerId: string;
  index: number;
  appName: string;
}): Promise<{ held: boolean; ended: boolean; status: string | null; output: unknown; message: UserMessage }> {
  const message = interruptedSendMessage({ appName });
  const [row] = await sql<{ held: boolean; ended: boolean; status: string | null; output: unknown }>(
    `WITH lease AS (
       SELECT 1 FROM "Run" WHERE "id" = $1::uuid AND "lockedBy" = $4 AND "status" = 'RUNNING'
     ), ended AS (
       UPDATE "RunStep"
       SET "status" = 'UNKNOWN', "error" = $3, "errorMessage" = $5::jsonb, "finishedAt" = now(),
           "history" = ("history" - (-1)) || jsonb_build_array(coalesce("history"->-1, '{}'::jsonb) || jsonb_build_object('status', 'UNKNOWN', 'error', $3::text, 'errorMessage', $5::jsonb))
       WHERE "runId" = $1::uuid AND "stepIndex" = $2 AND "status" = 'RUNNING' AND EXISTS (SELECT 1 FROM lease)
       RETURNING 1
     )
     SELECT EXISTS (SELECT 1 FROM lease) AS "held", EXISTS (SELECT 1 FROM ended) AS "ended", s."status"::text AS "status", s."output"
     FROM (SELECT 1) AS one LEFT JOIN "RunStep" s ON s."runId" = $1::uuid AND s."stepIndex" = $2`,
    [runId, index, englishText(message), workerId, JSON.stringify(message)],
  );
  return { held: row?.held ?? false, ended: row?.ended ?? false, status: row?.status ?? null, output: row?.output, message };
}
