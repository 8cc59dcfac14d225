// Where an event's time goes, from the load generator's request to the finished BullMQ job: the
// timestamps each stage leaves behind (the bench's clock, PostgreSQL's now(), BullMQ's job times, the
// Customer.io stand-in's arrival time) for a sample of runs, as p50/p99 per stage. Every process runs
// on this machine, so the clocks are the same clock. PostgreSQL keeps milliseconds.
import type { InstantCustomerio } from "@/bench/instant-customerio";
import { percentiles } from "@/bench/percentiles";
import { db } from "@/lib/db";
import { runsQueue } from "@/lib/queue/runs-queue";

export const STAGES = [
  ["request → stored", "the web server: HTTP, signature, matching, up to the event's INSERT (StripeEvent.receivedAt)"],
  ["stored → enqueued", "commit, and the hand-over to BullMQ (the job's timestamp)"],
  ["enqueued → picked", "in the queue until the worker took the job (processedOn)"],
  ["picked → claimed", "the claim statement (Run.startedAt)"],
  ["claimed → step started", "circuit breaker, rate limit, rendering (RunStep.startedAt)"],
  ["step started → vendor received", "the HTTP call reaching the Customer.io stand-in"],
  ["vendor received → step recorded", "the answer, and the step's row (RunStep.finishedAt)"],
  ["step recorded → run finished", "the run's finish (Run.finishedAt)"],
  ["run finished → job completed", "BullMQ's completion (finishedOn)"],
] as const;

export type StageName = (typeof STAGES)[number][0];
export type StageBreakdown = Record<StageName, { p50: number | null; p99: number | null; count: number }>;

interface RunTimes {
  runId: string;
  stripeEventId: string;
  receivedAt: number;
  startedAt: number | null;
  stepStartedAt: number | null;
  stepFinishedAt: number | null;
  finishedAt: number | null;
}

/** `sentAt`: when the bench sent each event (by Stripe event id); the last `sampleSize` of `eventIds` are measured. */
export async function stageBreakdown({
  customerio,
  eventIds,
  sentAt,
  sampleSize = 1_000,
}: {
  customerio: InstantCustomerio;
  eventIds: string[];
  sentAt?: Map<string, number>;
  sampleSize?: number;
}): Promise<StageBreakdown> {
  // The newest runs: BullMQ keeps the last 10,000 completed jobs (lib/queue/enqueue-runs.ts).
  const sample = eventIds.slice(-sampleSize);
  const rows = await db.$queryRaw<RunTimes[]>`
    SELECT r."id"::text AS "runId", e."stripeEventId",
           extract(epoch FROM e."receivedAt") * 1000 AS "receivedAt",
           extract(epoch FROM r."startedAt") * 1000 AS "startedAt",
           extract(epoch FROM s."startedAt") * 1000 AS "stepStartedAt",
           extract(epoch FROM s."finishedAt") * 1000 AS "stepFinishedAt",
           extract(epoch FROM r."finishedAt") * 1000 AS "finishedAt"
    FROM "StripeEvent" e
    JOIN "Run" r ON r."eventId" = e."id"
    LEFT JOIN "RunStep" s ON s."runId" = r."id" AND s."stepIndex" = 0
    WHERE e."stripeEventId" = ANY(${sample}::text[])`;
  const deliveries = (await customerio.deliveries()).byKey;
  const stages = new Map<StageName, number[]>(STAGES.map(([name]) => [name, []]));
  const add = (name: StageName, from: number | null | undefined, to: number | null | undefined) => {
    if (from === null || from === undefined || to === null || to === undefined) return;
    stages.get(name)?.push(Math.round((Number(to) - Number(from)) * 10) / 10);
  };
  for (const row of rows) {
    const job = await runsQueue().getJob(row.runId);
    const delivered = deliveries.get(`${row.stripeEventId}:0`)?.[0];
    add("request → stored", sentAt?.get(row.stripeEventId), row.receivedAt);
    add("stored → enqueued", row.receivedAt, job?.timestamp);
    add("enqueued → picked", job?.timestamp, job?.processedOn);
    add("picked → claimed", job?.processedOn, row.startedAt);
    add("claimed → step started", row.startedAt, row.stepStartedAt);
    add("step started → vendor received", row.stepStartedAt, delivered);
    add("vendor received → step recorded", delivered, row.stepFinishedAt);
    add("step recorded → run finished", row.stepFinishedAt, row.finishedAt);
    add("run finished → job completed", row.finishedAt, job?.finishedOn);
  }
  return Object.fromEntries(
    STAGES.map(([name]) => {
      const { p50, p99, count } = percentiles(stages.get(name) ?? []);
      return [name, { p50, p99, count }];
    }),
  ) as StageBreakdown;
}

/** The breakdown as table rows: "stage: … p50 / p99". */
export function stageFigures(breakdown: StageBreakdown): { measure: string; value: number | null; unit: string }[] {
  return STAGES.map(([name]) => {
    const stage = breakdown[name];
    return { measure: `  stage: ${name} p50 / p99`, value: stage.p50, unit: `/ ${stage.p99 ?? "n/a"} ms` };
  });
}
