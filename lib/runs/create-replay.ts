import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReplayMode } from "@/lib/runs/schema";

export interface ReplayableRun {
  id: string;
  zapId: string;
  eventId: string;
  /** Null for a test run of an unpublished draft. */
  zapVersionId: string | null;
  draftDefinition?: unknown;
  isTest: boolean;
}

/**
 * Creates the QUEUED replay of `original` (not enqueued: the caller does that once, in bulk), or
 * returns null when the run already has a replay that is queued, running or succeeded, or when a step
 * of it may or may not have taken effect (RUNNING or UNKNOWN: a replay would send it again). It
 * takes the next replay number of its zap + event, under a lock so concurrent replays never collide.
 * "from_failed_step" pins the original's zap version and copies the steps that succeeded, so the
 * executor skips them and resumes at the failed step; "current_version" starts over on `versionId`.
 */
export async function createReplay({
  original,
  mode,
  versionId,
}: {
  original: ReplayableRun;
  mode: ReplayMode;
  versionId: string | null;
}): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`run-replay:${original.zapId}:${original.eventId}`}, 0))`;
    // A double click, a second tab or two "replay all" must not call Customer.io twice for one run.
    const pending = await tx.run.count({ where: { replayOfId: original.id, status: { in: ["QUEUED", "RUNNING", "SUCCEEDED"] } } });
    if (pending > 0) return null;
    if ((await tx.runStep.count({ where: { runId: original.id, status: { in: ["RUNNING", "UNKNOWN"] } } })) > 0) return null;
    const last = await tx.run.aggregate({ where: { zapId: original.zapId, eventId: original.eventId }, _max: { replayNumber: true } });
    const replay = await tx.run.create({
      data: {
        zapId: original.zapId,
        eventId: original.eventId,
        zapVersionId: mode === "from_failed_step" ? original.zapVersionId : versionId,
        // A draft test run replays on the same draft copy (there is no version to pin).
        draftDefinition:
          mode === "from_failed_step" && original.zapVersionId === null
            ? ((original.draftDefinition ?? undefined) as Prisma.InputJsonValue | undefined)
            : undefined,
        isTest: original.isTest,
        replayOfId: original.id,
        replayNumber: (last._max.replayNumber ?? 0) + 1,
      },
      select: { id: true },
    });
    if (mode === "from_failed_step") {
      const succeeded = await tx.runStep.findMany({ where: { runId: original.id, status: "SUCCEEDED" }, orderBy: { stepIndex: "asc" } });
      await tx.runStep.createMany({
        data: succeeded.map((step) => ({
          runId: replay.id,
          stepIndex: step.stepIndex,
          app: step.app,
          action: step.action,
          input: step.input ?? undefined,
          request: step.request ?? undefined,
          output: step.output ?? undefined,
          status: step.status,
          error: step.error,
          errorMessage: step.errorMessage ?? undefined,
          durationMs: step.durationMs,
          startedAt: step.startedAt,
          finishedAt: step.finishedAt,
        })),
      });
    }
    return replay.id;
  });
}
