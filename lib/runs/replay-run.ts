import { db } from "@/lib/db";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { createReplay } from "@/lib/runs/create-replay";
import { replayRefusal } from "@/lib/runs/replay-refusal";
import { RUN_NOT_FOUND, type ReplayMode, type ReplayResult } from "@/lib/runs/schema";

/**
 * Replays one of the user's failed runs as a new run linked to it: from the failed step on the same
 * zap version, or from the start on the zap's current published version (which may also pass a run
 * that was filtered out). The new run is queued for the worker.
 */
export async function replayRun({ userId, runId, mode }: { userId: string; runId: string; mode: ReplayMode }): Promise<ReplayResult> {
  const original = await db.run.findFirst({
    where: { id: runId, zap: { userId } },
    select: {
      id: true,
      zapId: true,
      eventId: true,
      zapVersionId: true,
      draftDefinition: true,
      isTest: true,
      status: true,
      zap: { select: { publishedVersionId: true, deletedAt: true } },
      steps: { where: { status: { in: ["RUNNING", "UNKNOWN"] } }, select: { stepIndex: true }, take: 1 },
    },
  });
  if (!original) return { ok: false, message: RUN_NOT_FOUND };
  if (original.zap.deletedAt) return { ok: false, message: "This run's zap was deleted, so its runs cannot be replayed." };
  const versionId = original.zap.publishedVersionId;
  const refusal = replayRefusal({ status: original.status, mode, hasPublishedVersion: versionId !== null, hasUnsettledStep: original.steps.length > 0 });
  if (refusal) return { ok: false, message: refusal };
  const replayId = await createReplay({ original, mode, versionId: versionId ?? original.zapVersionId });
  if (!replayId) return { ok: false, message: "This run has already been replayed: open its replay below." };
  await enqueueRuns({ runIds: [replayId] });
  return { ok: true, runId: replayId };
}
