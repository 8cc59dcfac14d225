// The owner's answer to a step whose outcome is unknown (a send whose answer never came, see
// execute-run.ts): "mark_sent" takes the owner's word that it took effect (the step reads SUCCEEDED,
// marked as confirmed by them); "send_again" has the worker send it once more. Either way the run is
// queued again and goes on with the steps after it, with its retry schedule's whole time and attempts
// counted again from now. One conditional update decides, so a double click or a second tab acts once.
import { db } from "@/lib/db";
import { enqueueRunAgain } from "@/lib/runs/enqueue-run-again";
import { requeueStrandedRun } from "@/lib/runs/requeue-stranded-run";
import { RUN_NOT_FOUND, type UnknownStepDecision } from "@/lib/runs/schema";

export type ResolveUnknownStepResult = { ok: true } | { ok: false; message: string };

export async function resolveUnknownStep({
  userId,
  runId,
  stepIndex,
  decision,
}: {
  userId: string;
  runId: string;
  stepIndex: number;
  decision: UnknownStepDecision;
}): Promise<ResolveUnknownStepResult> {
  const reopened = await db.$transaction(async (tx) => {
    const count = await tx.$executeRaw`
      UPDATE "Run" r
      SET "status" = 'QUEUED', "error" = NULL, "errorMessage" = NULL, "finishedAt" = NULL, "notifiedAt" = NULL, "retryWindowStartedAt" = now(), "retryWindowAttempts" = r."attempts"
      FROM "Zap" z
      WHERE r."id" = ${runId}::uuid AND z."id" = r."zapId" AND z."userId" = ${userId}::uuid AND r."status" = 'NEEDS_ATTENTION'
        AND EXISTS (SELECT 1 FROM "RunStep" s WHERE s."runId" = r."id" AND s."stepIndex" = ${stepIndex} AND s."status" = 'UNKNOWN')`;
    if (count === 0) return false;
    // "send_again" leaves the step UNKNOWN: the worker's next attempt takes it over and sends it.
    if (decision === "mark_sent") {
      await tx.$executeRaw`
        UPDATE "RunStep" SET "status" = 'SUCCEEDED', "confirmedAt" = now()
        WHERE "runId" = ${runId}::uuid AND "stepIndex" = ${stepIndex} AND "status" = 'UNKNOWN'`;
    }
    return true;
  });
  if (!reopened) {
    // A run waiting for its owner with no step whose outcome is unknown has nothing to decide: it goes on.
    if (await requeueStrandedRun({ userId, runId })) return { ok: true };
    const run = await db.run.findFirst({ where: { id: runId, zap: { userId } }, select: { id: true } });
    return { ok: false, message: run ? "This step has been dealt with already: the page now shows what happened." : RUN_NOT_FOUND };
  }
  await enqueueRunAgain({ runId });
  return { ok: true };
}
