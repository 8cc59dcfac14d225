import { db } from "@/lib/db";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { createReplay } from "@/lib/runs/create-replay";
import type { ReplayMode } from "@/lib/runs/schema";

export type ReplayFailedRunsResult = { ok: true; count: number; more: boolean } | { ok: false; message: string };

export const REPLAY_BATCH = 1_000;

/**
 * Replays every failed run of one of the user's zaps that has not been replayed yet (a replay that
 * failed again is itself such a run), oldest first, at most `batch` at a time: `more` says whether
 * failed runs are left for another go.
 */
export async function replayFailedRuns({
  userId,
  zapId,
  mode,
  batch = REPLAY_BATCH,
}: {
  userId: string;
  zapId: string;
  mode: ReplayMode;
  batch?: number;
}): Promise<ReplayFailedRunsResult> {
  const zap = await db.zap.findFirst({ where: { id: zapId, userId, deletedAt: null }, select: { publishedVersionId: true } });
  if (!zap) return { ok: false, message: "This zap does not exist, or it belongs to another account." };
  if (mode === "current_version" && !zap.publishedVersionId)
    return { ok: false, message: "This zap has no published version: publish it, then replay its runs." };
  const failed = await db.run.findMany({
    // A run with a step that may or may not have taken effect is not replayed (it would be sent again).
    where: { zapId, status: "FAILED", replays: { none: {} }, steps: { none: { status: { in: ["RUNNING", "UNKNOWN"] } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: batch + 1,
    select: { id: true, zapId: true, eventId: true, zapVersionId: true, draftDefinition: true, isTest: true },
  });
  const runIds: string[] = [];
  for (const original of failed.slice(0, batch)) {
    const replayId = await createReplay({ original, mode, versionId: zap.publishedVersionId ?? original.zapVersionId });
    if (replayId) runIds.push(replayId);
  }
  await enqueueRuns({ runIds });
  return { ok: true, count: runIds.length, more: failed.length > batch };
}
