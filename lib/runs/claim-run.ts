// A run lease: one worker at a time executes a run. BullMQ's job id is not enough (a stalled job is
// handed out again while its first worker may still be alive), so the database decides: one
// conditional UPDATE takes a run that is QUEUED, or RUNNING under a lease that ran out (its worker
// died). Expiry is judged by the database's clock, so workers with skewed clocks still agree.
// The same statement returns everything the attempt needs (one round trip): the event, the zap
// version's definition, the steps already done (by a worker that died) and the steps' connections.
// The claims a worker makes in one turn of the event loop (the jobs it picked up together) go to the
// database as one statement (lib/batching/batch-calls.ts).
import { batchCalls } from "@/lib/batching/batch-calls";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids/is-uuid";
import type { StoredConnectionRow } from "@/lib/connections/read-connection-secrets";
import { sql } from "@/lib/sql";

export interface ClaimedRun {
  id: string;
  createdAt: Date;
  /** When the run was first tried (this attempt's start, for a first attempt). */
  startedAt: Date;
  attempts: number;
  /** When the owner last resolved a step whose outcome was unknown: the retry schedule counts from here (null: from the first attempt). */
  retryWindowStartedAt: Date | null;
  /** The run's attempts when that window started (0 without one). */
  retryWindowAttempts: number;
  userId: string;
  zapDeleted: boolean;
  /** Null for a draft test run, which carries its definition itself. */
  zapVersionId: string | null;
  payload: unknown;
  /** The published version's definition, or a draft test run's copy of the draft. */
  definition: unknown;
  doneSteps: { stepIndex: number; output: unknown }[];
  /** The owner's connections that the definition's steps name, with their encrypted secrets. */
  connections: StoredConnectionRow[];
}

export type RunClaim =
  | { claimed: true; attempts: number; run: ClaimedRun }
  /** "held": another worker's lease is live; "finished": the run ended (or no longer exists). */
  | { claimed: false; reason: "held" | "finished" };

interface ClaimRequest {
  runId: string;
  workerId: string;
  leaseMs: number;
}

type ClaimedRow = Omit<ClaimedRun, "zapDeleted" | "userId"> & { zap: { userId: string; deleted: boolean } };

export function claimRun(request: ClaimRequest): Promise<RunClaim> {
  return claimInBatch(request);
}

const claimInBatch = batchCalls<ClaimRequest, RunClaim>({
  groupOf: ({ workerId, leaseMs }) => `${workerId}\n${leaseMs}`,
  run: async (requests) => {
    const first = requests[0] as ClaimRequest;
    // An id that is not a uuid names no run, and must not fail the statement for the others.
    const runIds = [...new Set(requests.map((request) => request.runId.toLowerCase()).filter(isUuid))];
    const rows = await sql<ClaimedRow>(CLAIM_RUNS, [runIds, first.workerId, first.leaseMs], { name: "claim-runs" });
    const claimed = new Map(rows.map((row) => [row.id, row]));
    const unclaimed = runIds.filter((runId) => !claimed.has(runId));
    const statuses =
      unclaimed.length === 0
        ? new Map<string, string>()
        : new Map((await db.run.findMany({ where: { id: { in: unclaimed } }, select: { id: true, status: true } })).map((run) => [run.id, run.status]));
    // The same run asked for twice in one batch is claimed once: the second asker finds it held.
    const handedOut = new Set<string>();
    return requests.map((request): RunClaim => {
      const runId = request.runId.toLowerCase();
      const row = claimed.get(runId);
      if (row && !handedOut.has(runId)) {
        handedOut.add(runId);
        const { zap, ...rest } = row;
        return { claimed: true, attempts: row.attempts, run: { ...rest, userId: zap.userId, zapDeleted: zap.deleted } };
      }
      if (row) return { claimed: false, reason: "held" };
      const status = statuses.get(runId);
      return { claimed: false, reason: status === "QUEUED" || status === "RUNNING" ? "held" : "finished" };
    });
  },
});

const CLAIM_RUNS = `WITH claimed AS (
   UPDATE "Run"
   SET status = 'RUNNING',
       attempts = attempts + 1,
       error = NULL,
       "errorMessage" = NULL,
       -- The first attempt's start: a run's duration spans all its attempts and waits.
       "startedAt" = coalesce("startedAt", now()),
       "nextAttemptAt" = NULL,
       "waitingOnConnectionId" = NULL,
       "lockedBy" = $2,
       "lockedUntil" = now() + $3::integer * interval '1 millisecond'
   WHERE id = ANY($1::uuid[])
     AND (status = 'QUEUED' OR (status = 'RUNNING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())))
   RETURNING "id", "attempts", "createdAt", "startedAt", "retryWindowStartedAt", "retryWindowAttempts", "zapId", "eventId", "zapVersionId", "draftDefinition"
 ), loaded AS (
   SELECT claimed.*, z."userId", z."deletedAt" IS NOT NULL AS "zapDeleted",
          coalesce((SELECT v."definition" FROM "ZapVersion" v WHERE v."id" = claimed."zapVersionId"), claimed."draftDefinition") AS "definition"
   FROM claimed JOIN "Zap" z ON z."id" = claimed."zapId"
 )
 SELECT loaded."id"::text AS "id", loaded."attempts", loaded."createdAt", loaded."startedAt", loaded."retryWindowStartedAt", loaded."retryWindowAttempts", loaded."definition", loaded."zapVersionId"::text AS "zapVersionId",
        json_build_object('userId', loaded."userId"::text, 'deleted', loaded."zapDeleted") AS "zap",
        (SELECT e."payload" FROM "StripeEvent" e WHERE e."id" = loaded."eventId") AS "payload",
        coalesce((SELECT json_agg(json_build_object('stepIndex', s."stepIndex", 'output', s."output"))
                  FROM "RunStep" s WHERE s."runId" = loaded."id" AND s."status" = 'SUCCEEDED'), '[]') AS "doneSteps",
        coalesce((SELECT json_agg(json_build_object('id', c."id", 'app', c."app", 'config', c."config", 'secretsKeyId', c."secretsKeyId", 'secretsCiphertext', c."secretsCiphertext"))
                  FROM "Connection" c
                  WHERE c."userId" = loaded."userId"
                    AND c."id"::text IN (SELECT lower(step->>'connectionId') FROM jsonb_array_elements(
                      CASE WHEN jsonb_typeof(loaded."definition"->'steps') = 'array' THEN loaded."definition"->'steps' ELSE '[]'::jsonb END) AS step)), '[]') AS "connections"
 FROM loaded`;
