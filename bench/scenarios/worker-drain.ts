// Worker: how fast `workers` worker processes drain a backlog of single-action runs (stored and
// queued while no worker runs), timed from the first delivery to the last one at the stand-in.
import { checkDeliveries } from "@/bench/check-deliveries";
import { seedQueuedRuns } from "@/bench/seed-queued-runs";
import type { BenchContext } from "@/bench/scenario";

export interface DrainResult {
  workers: number;
  runsPerSecond: number | null;
  ok: boolean;
  correctness: string;
}

export async function drainBacklog(context: BenchContext, { workers }: { workers: number }): Promise<DrainResult> {
  const { config, single, app } = context;
  await app.setWorkers(0);
  const zapId = single.zapIds[0] as string;
  context.log(`worker: seeding ${config.workerBacklog} queued runs`);
  const { eventIds } = await seedQueuedRuns({ stripeConnectionId: single.stripeConnectionId, zapId, count: config.workerBacklog });
  context.log(`worker: starting ${workers} worker process(es) to drain them`);
  await app.setWorkers(workers);
  const check = await checkDeliveries({
    customerio: context.customerio,
    stripeConnectionId: single.stripeConnectionId,
    acceptedEventIds: eventIds,
    zapTags: ["0"],
  });
  const spanS = check.firstDeliveryAt !== null && check.lastDeliveryAt !== null ? (check.lastDeliveryAt - check.firstDeliveryAt) / 1000 : null;
  const runsPerSecond = spanS && spanS > 0 ? Math.round((eventIds.length - 1) / spanS) : null;
  return {
    workers,
    runsPerSecond,
    ok: check.ok,
    correctness: `${eventIds.length} runs, ${check.lost} lost, ${check.duplicated} duplicated`,
  };
}
