// The database is the record of truth; Redis only carries work. The sweeper closes the gaps:
// runs committed while Redis was down (or whose job vanished) are enqueued again, and runs stuck in
// RUNNING (a worker that died and whose job BullMQ no longer tracks) are failed so they can be replayed.
import type { Queue } from "bullmq";
import { db } from "@/lib/db";
import { jobOptions } from "@/lib/queue/enqueue-runs";
import { EXECUTE_RUN_JOB, type ExecuteRunJob } from "@/lib/queue/runs-queue";

export async function sweepRuns({
  queue,
  queuedGraceMs = 30_000,
  runningTimeoutMs = 15 * 60_000,
  batch = 500,
}: {
  queue: Queue<ExecuteRunJob>;
  queuedGraceMs?: number;
  runningTimeoutMs?: number;
  batch?: number;
}): Promise<{ enqueued: number; timedOut: number }> {
  const now = Date.now();
  let enqueued = 0;
  const queued = await db.run.findMany({
    where: { status: "QUEUED", createdAt: { lt: new Date(now - queuedGraceMs) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: batch,
  });
  for (const { id } of queued) {
    const job = await queue.getJob(id);
    const state = job ? await job.getState() : "missing";
    if (state === "waiting" || state === "delayed" || state === "active" || state === "prioritized" || state === "waiting-children") continue;
    // A finished job keeps its id for a while, and BullMQ ignores an add with a taken id.
    if (job) await job.remove();
    await queue.add(EXECUTE_RUN_JOB, { runId: id }, jobOptions(id));
    enqueued += 1;
  }

  let timedOut = 0;
  const stuck = await db.run.findMany({
    where: { status: "RUNNING", startedAt: { lt: new Date(now - runningTimeoutMs) } },
    select: { id: true },
    take: batch,
  });
  for (const { id } of stuck) {
    const job = await queue.getJob(id);
    if (job && (await job.getState()) === "active") continue;
    const { count } = await db.run.updateMany({
      where: { id, status: "RUNNING" },
      data: { status: "FAILED", finishedAt: new Date(), error: "The run stopped without finishing (the worker was interrupted). Replay it to run it again." },
    });
    timedOut += count;
  }
  return { enqueued, timedOut };
}
