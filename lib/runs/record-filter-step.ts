import type { UserMessage, UserMessageValue } from "@/lib/i18n/user-message";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { sql } from "@/lib/sql";

/** What a filter step keeps in the run history: its verdict, each rule with what its field held, and why it stopped the run. */
export interface FilterStepOutput {
  passed: boolean;
  /** Why the run stopped here, in words; null when the filter passed. */
  reason: string | null;
  /** The same, to show in the viewer's language (lib/i18n/user-message.ts); absent from verdicts recorded before it existed. */
  reasonMessage?: UserMessage | null;
  /** `label` in English; `labelMessage` the same, to word in the viewer's language (absent from verdicts recorded before it existed). */
  rules: { group: number; field: string; label: string; labelMessage?: UserMessageValue; operator: string; value: string; actual: unknown; passed: boolean }[];
}

/**
 * Records a filter step of a run as a RunStep (app "filter"): SUCCEEDED when it let the run through,
 * SKIPPED when it stopped it. A retried run finds a passed filter done and does not check it again.
 */
export async function recordFilterStep({
  runId,
  attempt,
  index,
  startedAt,
  output,
}: {
  runId: string;
  attempt: number;
  index: number;
  startedAt: Date;
  output: FilterStepOutput;
}): Promise<void> {
  const status = output.passed ? "SUCCEEDED" : "SKIPPED";
  const entry = { attempt, status, startedAt, finishedAt: new Date(), exchanges: [] };
  await sql(
    `INSERT INTO "RunStep" ("id", "runId", "stepIndex", "app", "action", "status", "input", "output", "startedAt", "finishedAt", "durationMs", "history")
     VALUES ($1::uuid, $2::uuid, $3, 'filter', 'filter', $4::"RunStepStatus", $5::jsonb, $6::jsonb, $7, now(), $8, jsonb_build_array($9::jsonb))
     ON CONFLICT ("runId", "stepIndex") DO UPDATE SET
       "status" = EXCLUDED."status", "input" = EXCLUDED."input", "output" = EXCLUDED."output", "error" = NULL, "errorMessage" = NULL, "startedAt" = EXCLUDED."startedAt",
       "finishedAt" = EXCLUDED."finishedAt", "durationMs" = EXCLUDED."durationMs", "history" = "RunStep"."history" || EXCLUDED."history"`,
    [
      uuidV7(),
      runId,
      index,
      status,
      JSON.stringify({ rules: output.rules.map(({ group, field, operator, value }) => ({ group, field, operator, value })) }),
      JSON.stringify(output),
      startedAt,
      Date.now() - startedAt.getTime(),
      JSON.stringify(entry),
    ],
  );
}
