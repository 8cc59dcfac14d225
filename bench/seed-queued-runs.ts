// A backlog for the worker scenarios: `count` stored events, each with one QUEUED run of the zap,
// written in bulk SQL (as if the webhook had stored them) and handed to BullMQ with addBulk.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { EXECUTE_RUN_JOB, runsQueue } from "@/lib/queue/runs-queue";
import { jobOptions } from "@/lib/queue/enqueue-runs";
import { signedWebhook } from "@/bench/signed-webhook";

const CHUNK = 5_000;

export async function seedQueuedRuns({
  stripeConnectionId,
  zapId,
  count,
  status = "QUEUED",
  enqueue = true,
}: {
  stripeConnectionId: string;
  zapId: string;
  count: number;
  status?: "QUEUED" | "SUCCEEDED" | "FAILED";
  enqueue?: boolean;
}): Promise<{ eventIds: string[]; runIds: string[] }> {
  const payload = JSON.parse(signedWebhook({ signingSecret: "unused" }).body) as Record<string, unknown>;
  const prefix = `evt_seed${randomBytes(4).toString("hex")}`;
  const eventIds: string[] = [];
  const runIds: string[] = [];
  for (let offset = 0; offset < count; offset += CHUNK) {
    const size = Math.min(CHUNK, count - offset);
    const rows = await db.$queryRaw<{ stripeEventId: string; runId: string }[]>`
      WITH events AS (
        INSERT INTO "StripeEvent" ("id", "connectionId", "stripeEventId", "type", "livemode", "payload", "receivedAt")
        SELECT gen_random_uuid(), ${stripeConnectionId}::uuid, ${prefix} || (${offset}::int + i)::text, 'customer.subscription.deleted', false,
               jsonb_set(${JSON.stringify(payload)}::jsonb, '{id}', to_jsonb(${prefix} || (${offset}::int + i)::text)),
               now() - make_interval(secs => (${count}::int - ${offset}::int - i) * 0.01)
        FROM generate_series(1, ${size}::int) AS i
        RETURNING "id", "stripeEventId", "receivedAt"
      ), runs AS (
        INSERT INTO "Run" ("id", "zapId", "eventId", "zapVersionId", "status", "createdAt", "startedAt", "finishedAt", "attempts")
        SELECT gen_random_uuid(), zap."id", events."id", zap."publishedVersionId", ${status}::"RunStatus", events."receivedAt",
               CASE WHEN ${status} = 'QUEUED' THEN NULL ELSE events."receivedAt" END,
               CASE WHEN ${status} = 'QUEUED' THEN NULL ELSE events."receivedAt" + interval '40 milliseconds' END,
               CASE WHEN ${status} = 'QUEUED' THEN 0 ELSE 1 END
        FROM events, "Zap" zap WHERE zap."id" = ${zapId}::uuid
        RETURNING "id", "eventId"
      )
      SELECT events."stripeEventId", runs."id" AS "runId" FROM runs JOIN events ON events."id" = runs."eventId"`;
    for (const row of rows) {
      eventIds.push(row.stripeEventId);
      runIds.push(row.runId);
    }
  }
  if (enqueue) {
    for (let offset = 0; offset < runIds.length; offset += 1_000) {
      await runsQueue().addBulk(runIds.slice(offset, offset + 1_000).map((runId) => ({ name: EXECUTE_RUN_JOB, data: { runId }, opts: jobOptions(runId) })));
    }
  }
  return { eventIds, runIds };
}
