import { findApp } from "@/lib/catalog/find-app";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { englishText, said, type UserMessage } from "@/lib/i18n/user-message";
import { interruptedSendMessage } from "@/lib/runs/interrupted-send-message";
import { unsettledStepMessage } from "@/lib/runs/unsettled-step-message";

/** Who may end the run: the worker holding its lease, anyone once its lease ran out, or anyone while it waits (QUEUED). */
export type RunHolder = { workerId: string } | "lease_expired" | "waiting";

const HOLDER_CONDITION = {
  lease_expired: Prisma.sql`"status" = 'RUNNING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`,
  waiting: Prisma.sql`"status" = 'QUEUED'`,
};

/**
 * Ends a run for good: FAILED, unless one of its steps may or may not have taken effect (RUNNING: an
 * attempt stopped while sending it; only a step that must not be repeated unasked is marked so before
 * its call, see execute-run.ts; or UNKNOWN: it still waits for its owner's word). Then the step's
 * outcome is unknown and the run waits for its owner (NEEDS_ATTENTION), since a replay would send it
 * again. Only while `holder` still describes the run. Returns how the run ended, or null when it had
 * moved on (another worker claimed it).
 */
export async function giveUpRun({
  runId,
  holder,
  error,
  failedPermanently = false,
}: {
  runId: string;
  holder: RunHolder;
  /** The run's error when it fails. */
  error: UserMessage;
  failedPermanently?: boolean;
}): Promise<"FAILED" | "NEEDS_ATTENTION" | null> {
  const condition = typeof holder === "string" ? HOLDER_CONDITION[holder] : Prisma.sql`"status" = 'RUNNING' AND "lockedBy" = ${holder.workerId}`;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text AS "id" FROM "Run" WHERE "id" = ${runId}::uuid AND ${condition} FOR UPDATE`;
    if (locked.length === 0) return null;
    const unsettled = await tx.runStep.findFirst({
      where: { runId, status: { in: ["RUNNING", "UNKNOWN"] } },
      orderBy: { stepIndex: "asc" },
      select: { stepIndex: true, app: true, status: true },
    });
    let runError = error;
    if (unsettled) {
      const appName = findApp({ appKey: unsettled.app })?.name ?? unsettled.app;
      if (unsettled.status === "RUNNING") {
        const message = interruptedSendMessage({ appName });
        const text = englishText(message);
        const json = JSON.stringify(message);
        await tx.$executeRaw`
          UPDATE "RunStep"
          SET "status" = 'UNKNOWN', "error" = ${text}, "errorMessage" = ${json}::jsonb, "finishedAt" = now(),
              "history" = ("history" - (-1)) || jsonb_build_array(coalesce("history"->-1, '{}'::jsonb) || jsonb_build_object('status', 'UNKNOWN', 'error', ${text}::text, 'errorMessage', ${json}::jsonb))
          WHERE "runId" = ${runId}::uuid AND "stepIndex" = ${unsettled.stepIndex} AND "status" = 'RUNNING'`;
        runError = unsettledStepMessage({ index: unsettled.stepIndex, detail: message });
      } else {
        runError = unsettledStepMessage({ index: unsettled.stepIndex, detail: said("runErrors.run.notSentAgain") });
      }
    }
    const status = unsettled ? "NEEDS_ATTENTION" : "FAILED";
    await tx.run.update({
      where: { id: runId },
      data: {
        status,
        error: englishText(runError),
        errorMessage: runError,
        finishedAt: new Date(),
        failedPermanently: unsettled ? false : failedPermanently,
        lockedBy: null,
        lockedUntil: null,
        nextAttemptAt: null,
        waitingOnConnectionId: null,
      },
    });
    return status;
  });
}
