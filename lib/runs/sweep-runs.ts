// The database is the record of truth; Redis only carries work. The sweeper closes the gaps: runs
// committed while Redis was down (or whose job vanished) are enqueued again, and RUNNING runs whose
// lease ran out (their worker died, see claim-run.ts) go back to QUEUED and to the queue, where the
// next attempt resumes at the unfinished step. A run that keeps taking its worker down fails once it
// has used all the attempts of its retry schedule.
import type { Job, Queue } from "bullmq";
import { db } from "@/lib/db";
import { englishText, said } from "@/lib/i18n/user-message";
import { logger } from "@/lib/logger";
import { notifyRunFailed } from "@/lib/notifications/notify-run-failed";
import { jobOptions } from "@/lib/queue/enqueue-runs";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";
import { EXECUTE_RUN_JOB, type ExecuteRunJob } from "@/lib/queue/runs-queue";
import { giveUpRun } from "@/lib/runs/give-up-run";

const PENDING = new Set(["waiting", "delayed", "prioritized", "waiting-children"]);

export async function sweepRuns({
  queue,
  queuedGraceMs = 30_000,
  maxAttempts = runRetrySchedule().length + 1,
  batch = 500,
}: {
  queue: Queue<ExecuteRunJob>;
  /** A QUEUED run younger than this may still be on its way to the queue. */
  queuedGraceMs?: number;
  maxAttempts?: number;
  batch?: number;
}): Promise<{ enqueued: number; timedOut: number }> {
  let enqueued = 0;
  let timedOut = 0;

  // Expiry by the database's clock, as the lease was taken (claim-run.ts).
  const expired = await db.$queryRaw<{ id: string; attempts: number }[]>`
    SELECT id::text AS id, attempts - "retryWindowAttempts" AS attempts FROM "Run"
    WHERE status = 'RUNNING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
    ORDER BY "createdAt" LIMIT ${batch}`;
  for (const { id, attempts } of expired) {
    const job = await queue.getJob(id);
    const state = job ? await job.getState() : "missing";
    // An active job is BullMQ's to recover: its stall check hands the job to a live worker, whose
    // claim then takes over the expired lease.
    if (state === "active") continue;
    const gaveUp = attempts >= maxAttempts;
    const error = gaveUp ? said("runErrors.run.workerStoppedGaveUp", { attempts }) : said("runErrors.run.workerStoppedRequeued");
    // Conditional: a worker may have claimed the run since it was read. A run given up while a send
    // was under way waits for its owner instead of failing (give-up-run.ts).
    const count = gaveUp
      ? Number((await giveUpRun({ runId: id, holder: "lease_expired", error })) !== null)
      : await db.$executeRaw`
          UPDATE "Run" SET status = 'QUEUED', error = ${englishText(error)}, "errorMessage" = ${JSON.stringify(error)}::jsonb, "lockedBy" = NULL, "lockedUntil" = NULL, "finishedAt" = NULL
          WHERE id = ${id}::uuid AND status = 'RUNNING' AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`;
    timedOut += count;
    if (count > 0 && gaveUp) await notifyRunFailed({ runId: id }).catch((error: unknown) => logger.error("failure notification failed", { runId: id, error }));
    if (count === 0 || gaveUp || PENDING.has(state)) continue;
    await enqueueAgain({ queue, runId: id, job });
    enqueued += 1;
  }

  const queued = await db.run.findMany({
    where: { status: "QUEUED", createdAt: { lt: new Date(Date.now() - queuedGraceMs) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: batch,
  });
  for (const { id } of queued) {
    const job = await queue.getJob(id);
    const state = job ? await job.getState() : "missing";
    if (state === "active" || PENDING.has(state)) continue;
    await enqueueAgain({ queue, runId: id, job });
    enqueued += 1;
  }
  return { enqueued, timedOut };
}

async function enqueueAgain({ queue, runId, job }: { queue: Queue<ExecuteRunJob>; runId: string; job: Job<ExecuteRunJob> | undefined }): Promise<void> {
  // A finished job keeps its id for a while, and BullMQ ignores an add with a taken id.
  if (job) await job.remove();
  await queue.add(EXECUTE_RUN_JOB, { runId }, jobOptions(runId));
}
