// A long run history: `count` finished runs (1 in 20 failed), each with its step, in bulk SQL.
import { db } from "@/lib/db";
import { seedQueuedRuns } from "@/bench/seed-queued-runs";

export async function seedRunHistory({
  stripeConnectionId,
  zapId,
  count,
}: {
  stripeConnectionId: string;
  zapId: string;
  count: number;
}): Promise<{ runIds: string[] }> {
  const failed = Math.floor(count / 20);
  const succeeded = await seedQueuedRuns({ stripeConnectionId, zapId, count: count - failed, status: "SUCCEEDED", enqueue: false });
  const failures = await seedQueuedRuns({ stripeConnectionId, zapId, count: failed, status: "FAILED", enqueue: false });
  const runIds = [...succeeded.runIds, ...failures.runIds];
  await db.$executeRaw`
    INSERT INTO "RunStep" ("id", "runId", "stepIndex", "app", "action", "input", "output", "status", "error", "durationMs", "startedAt", "finishedAt")
    SELECT gen_random_uuid(), run."id", 0, 'customerio', 'track_event',
           '{"personId":"cus_NffrFeUfNV2Hib","name":"subscription_canceled"}'::jsonb,
           CASE WHEN run."status" = 'SUCCEEDED' THEN '{"eventId":"01HF3ZQ4X8M6J5T9V2K7N0PQRS"}'::jsonb END,
           CASE WHEN run."status" = 'SUCCEEDED' THEN 'SUCCEEDED'::"RunStepStatus" ELSE 'FAILED'::"RunStepStatus" END,
           CASE WHEN run."status" = 'FAILED' THEN 'Customer.io answered 400: bad request' END,
           38, run."startedAt", run."finishedAt"
    FROM "Run" run WHERE run."id" = ANY(${runIds}::uuid[])`;
  await db.$executeRaw`UPDATE "Run" SET "error" = 'Customer.io answered 400: bad request' WHERE "id" = ANY(${failures.runIds}::uuid[])`;
  await db.$executeRaw`ANALYZE`;
  return { runIds };
}
