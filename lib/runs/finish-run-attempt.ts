// Ends a run's attempt: the run's status (and the lease given up) only while this worker still
// holds the lease, since one cut off for longer than the lease must not overwrite the result of the
// worker that took over; and the attempt's entry in the run's attempt log. The attempts a worker
// ends in one turn of the event loop are written by one statement (lib/batching/batch-calls.ts).
import { batchCalls } from "@/lib/batching/batch-calls";
import { englishText, type UserMessage } from "@/lib/i18n/user-message";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { logger } from "@/lib/logger";
import { MAX_RETRY_DELAY_MS } from "@/lib/queue/retry-delay";
import { sql } from "@/lib/sql";

/** How one attempt ended: the run's new status and error, and its entry in the attempt log. */
export interface AttemptRecord {
  outcome: "succeeded" | "filtered" | "failed" | "needs_attention" | "retry";
  status: "QUEUED" | "SUCCEEDED" | "FAILED" | "FILTERED" | "NEEDS_ATTENTION";
  /** A failure of the zap's own (a permanent error), which counts towards pausing the zap. */
  failedPermanently?: boolean;
  /** What the run shows; the attempt log keeps `error`. */
  runError?: UserMessage | null;
  stepIndex?: number;
  error?: UserMessage;
  retryAfterMs?: number;
  /** For "retry": the delay before the next attempt, and when that is. */
  delayMs?: number;
  nextAttemptAt?: Date;
}

interface Finish {
  runId: string;
  workerId: string;
  /** The run's attempt number. */
  attempts: number;
  startedAt: Date;
  attempt: AttemptRecord;
}

export async function finishRunAttempt(finish: Finish): Promise<void> {
  const finished = await finishInBatch(finish);
  if (!finished)
    logger.warn("run lease lost before the attempt ended; the worker holding it decides the result", { runId: finish.runId, status: finish.attempt.status });
}

const finishInBatch = batchCalls<Finish, boolean>({
  run: async (finishes) => {
    const column = <T>(pick: (finish: Finish) => T) => finishes.map(pick);
    const rows = await sql<{ runId: string }>(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::uuid[], $7::integer[], $8::timestamptz[], $9::text[],
                              $10::integer[], $11::text[], $12::integer[], $13::boolean[], $14::timestamptz[], $15::integer[], $16::jsonb[], $17::jsonb[])
           AS i(run_id, worker_id, status, run_error, finished_at, attempt_id, number, started_at, outcome, step_index, error, retry_after_ms, failed_permanently, next_attempt_at, delay_ms, run_error_message, error_message)
       ), finished AS (
         UPDATE "Run" r
         SET "status" = i.status::"RunStatus", "error" = i.run_error, "errorMessage" = i.run_error_message, "finishedAt" = coalesce(i.finished_at, r."finishedAt"), "lockedBy" = NULL, "lockedUntil" = NULL,
             "failedPermanently" = i.failed_permanently, "nextAttemptAt" = i.next_attempt_at
         FROM input i
         WHERE r."id" = i.run_id AND r."lockedBy" = i.worker_id
         RETURNING r."id"
       ), logged AS (
         INSERT INTO "RunAttempt" ("id", "runId", "number", "startedAt", "finishedAt", "outcome", "stepIndex", "error", "errorMessage", "retryAfterMs", "delayMs")
         SELECT i.attempt_id, i.run_id, i.number, i.started_at, now(), i.outcome, i.step_index, i.error, i.error_message, i.retry_after_ms, i.delay_ms FROM input i
         ON CONFLICT DO NOTHING
       )
       SELECT "id"::text AS "runId" FROM finished`,
      [
        column((finish) => finish.runId),
        column((finish) => finish.workerId),
        column((finish) => finish.attempt.status),
        column((finish) => (finish.attempt.runError ? englishText(finish.attempt.runError) : null)),
        column((finish) => (finish.attempt.status === "QUEUED" ? null : new Date())),
        column(() => uuidV7()),
        column((finish) => finish.attempts),
        column((finish) => finish.startedAt),
        column((finish) => finish.attempt.outcome),
        column((finish) => finish.attempt.stepIndex ?? null),
        column((finish) => (finish.attempt.error ? englishText(finish.attempt.error) : null)),
        column((finish) => (finish.attempt.retryAfterMs === undefined ? null : Math.min(finish.attempt.retryAfterMs, MAX_RETRY_DELAY_MS))),
        column((finish) => finish.attempt.failedPermanently ?? false),
        column((finish) => finish.attempt.nextAttemptAt ?? null),
        column((finish) => finish.attempt.delayMs ?? null),
        column((finish) => (finish.attempt.runError ? JSON.stringify(finish.attempt.runError) : null)),
        column((finish) => (finish.attempt.error ? JSON.stringify(finish.attempt.error) : null)),
      ],
      { name: "finish-run-attempts" },
    );
    const finished = new Set(rows.map((row) => row.runId));
    return finishes.map((finish) => finished.has(finish.runId.toLowerCase()));
  },
});
