import { catalogText } from "@/lib/catalog/catalog-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import { RUN_PAGE_SIZE, type RunFilters, type RunSummary } from "@/lib/runs/schema";
import { runWaiting } from "@/lib/runs/run-waiting";
import { sql } from "@/lib/sql";

export type { RunSummary } from "@/lib/runs/schema";

/** A RunSummary as the database returns it: timestamps as Dates, no duration yet. */
type RunRow = Omit<RunSummary, "createdAt" | "startedAt" | "finishedAt" | "durationMs" | "waiting"> & {
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  nextAttemptAt: Date | null;
  waitingOnApp: string | null;
  retryWindowAttempts: number;
  errorMessage: unknown;
};

/**
 * The user's runs, newest first (createdAt, then id), optionally filtered, starting after `before`
 * (the last run of the previous page). Only runs of the user's own zaps (deleted ones included).
 *
 * Each of the user's zaps contributes at most `limit` runs, read backwards along the Run(zapId,
 * createdAt, id) index, and the newest `limit` of those are the page: the cost grows with the number
 * of zaps, not of runs (a single sort over every run of a zap-heavy account took 200 ms at 200,000 runs).
 * Errors are in `locale`.
 */
export async function listRuns({
  userId,
  filters = {},
  before,
  limit = RUN_PAGE_SIZE,
  locale = DEFAULT_LOCALE,
}: {
  userId: string;
  filters?: RunFilters;
  before?: { createdAt: Date; id: string };
  limit?: number;
  locale?: Locale;
}): Promise<RunSummary[]> {
  const [t, catalog] = await Promise.all([translator({ locale }), catalogText({ locale })]);
  const rows = await sql<RunRow>(
    `SELECT r."id"::text AS "id", r."zapId"::text AS "zapId", z."name" AS "zapName", e."type" AS "eventType", r."status", r."isTest", e."livemode", r."isImported", r."attempts",
            r."replayOfId"::text AS "replayOfId", r."createdAt", r."startedAt", r."finishedAt", r."error", r."errorMessage", r."nextAttemptAt", r."retryWindowAttempts",
            (SELECT c."app" FROM "Connection" c WHERE c."id" = r."waitingOnConnectionId") AS "waitingOnApp"
     FROM "Zap" z
     CROSS JOIN LATERAL (
       SELECT run.* FROM "Run" run
       WHERE run."zapId" = z."id"
         AND ($3::"RunStatus" IS NULL OR run."status" = $3::"RunStatus")
         AND ($4::boolean IS NULL OR run."isTest" = $4::boolean)
         AND ($5::timestamptz IS NULL OR run."createdAt" >= $5::timestamptz)
         AND ($6::timestamptz IS NULL OR run."createdAt" < $6::timestamptz)
         AND ($7::timestamptz IS NULL OR (run."createdAt", run."id") < ($7::timestamptz, $8::uuid))
         AND ($10::boolean IS NULL OR run."isImported" = $10::boolean)
       ORDER BY run."createdAt" DESC, run."id" DESC
       LIMIT $9
     ) r
     JOIN "StripeEvent" e ON e."id" = r."eventId"
     WHERE z."userId" = $1::uuid AND ($2::uuid IS NULL OR z."id" = $2::uuid)
     ORDER BY r."createdAt" DESC, r."id" DESC
     LIMIT $9`,
    [
      userId,
      filters.zapId ?? null,
      filters.status ?? null,
      filters.mode ? filters.mode === "test" : null,
      filters.from ?? null,
      filters.to ?? null,
      before?.createdAt ?? null,
      before?.id ?? null,
      limit,
      filters.origin ? filters.origin === "imported" : null,
    ],
  );
  return rows.map((run) => ({
    id: run.id,
    zapId: run.zapId,
    zapName: run.zapName,
    eventType: run.eventType,
    status: run.status,
    isTest: run.isTest,
    livemode: run.livemode,
    isImported: run.isImported,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    attempts: run.attempts,
    replayOfId: run.replayOfId,
    error: storedErrorText({ error: run.error, errorMessage: run.errorMessage, t, catalog }),
    waiting: runWaiting({
      status: run.status,
      attempts: run.attempts - run.retryWindowAttempts,
      nextAttemptAt: run.nextAttemptAt,
      waitingOnApp: run.waitingOnApp,
    }),
  }));
}
