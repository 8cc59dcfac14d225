// Sync: Stripe connections without a signing secret, whose events one worker reads from the Events
// API of the Stripe stand-in (lib/catalog/stripe/intake/). `syncConnections` connections, one enabled
// zap each; the bench appends `syncRate` events a second for `syncDurationS` (round robin), then a
// burst of `syncBurst` events to one connection. Figures: the delay from an event's creation in the
// stand-in (the bench's clock when it appended it: Stripe's `created` is in whole seconds) to its
// run's start and finish, and how fast one worker records a burst. One pass per sync interval.
import { setTimeout as delay } from "node:timers/promises";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { db } from "@/lib/db";
import { checkDeliveries, type DeliveryCheck } from "@/bench/check-deliveries";
import { percentiles } from "@/bench/percentiles";
import type { BenchContext, ScenarioResult } from "@/bench/scenario";
import { seedBenchAccount, type BenchAccount } from "@/bench/seed-bench-account";

const EVENT_TYPE = "customer.subscription.deleted";
const canceledSubscription = subscriptionDeleted.data.object as unknown as JsonObject;

interface SyncConnection {
  account: BenchAccount;
  stripeAccountId: string;
}

export async function sync(context: BenchContext): Promise<ScenarioResult[]> {
  const { config, stripe } = context;
  const invalid = config.syncIntervalsMs.filter((ms) => !Number.isInteger(ms) || ms < 100 || ms > 3_600_000);
  if (invalid.length > 0)
    throw new Error(
      `BENCH_SYNC_INTERVALS must list whole milliseconds between 100 and 3600000 (STRIPE_SYNC_INTERVAL_MS), e.g. 5000,1000; got ${invalid.join(", ")}.`,
    );
  context.log(`sync: seeding ${config.syncConnections} sync-mode Stripe connections`);
  const connections: SyncConnection[] = [];
  for (const [index, stripeAccount] of stripe.syncAccounts.entries()) {
    connections.push({
      account: await seedBenchAccount({ label: `sync-${index + 1}`, matching: 1, others: 0, sync: stripeAccount }),
      stripeAccountId: stripeAccount.id,
    });
  }
  const results: ScenarioResult[] = [];
  for (const intervalMs of config.syncIntervalsMs) {
    results.push(await syncPass(context, { connections, intervalMs }));
    await context.customerio.reset();
  }
  // The other scenarios run with the bench's own interval.
  await context.app.setWorkers(1);
  return results;
}

async function syncPass(context: BenchContext, { connections, intervalMs }: { connections: SyncConnection[]; intervalMs: number }): Promise<ScenarioResult> {
  const { config, app, stripe } = context;
  const connectionIds = connections.map((connection) => connection.account.stripeConnectionId);
  const label = `sync, ${intervalMs / 1000} s interval`;
  const passStart = new Date();
  context.log(`${label}: starting one worker with STRIPE_SYNC_INTERVAL_MS=${intervalMs}`);
  await app.setWorkers(1, { env: { STRIPE_SYNC_INTERVAL_MS: String(intervalMs) } });
  await waitForFirstPoll({ connectionIds, since: passStart, timeoutMs: 60_000 + 3 * intervalMs });

  // When the bench appended each event (ms): the stand-in sets `created` from the same clock at that moment.
  const createdAt = new Map<string, number>();
  const append = (connection: SyncConnection): string => {
    const at = Date.now();
    const { event } = stripe.standIn.createEvent({ type: EVENT_TYPE, object: canceledSubscription, account: connection.stripeAccountId });
    const id = event.id as string;
    createdAt.set(id, at);
    return id;
  };

  const total = config.syncRate * config.syncDurationS;
  context.log(`${label}: ${config.syncRate} events/s for ${config.syncDurationS} s over ${connections.length} connections`);
  const steady = connections.map((): string[] => []);
  const startedAt = Date.now();
  for (let index = 0; index < total; index += 1) {
    const wait = startedAt + (index * 1000) / config.syncRate - Date.now();
    if (wait > 0) await delay(wait);
    steady[index % connections.length]?.push(append(connections[index % connections.length] as SyncConnection));
  }
  const steadyChecks = await checkEach({ context, connections, eventIds: steady });

  const burstConnection = connections[0] as SyncConnection;
  context.log(`${label}: a burst of ${config.syncBurst} events on one connection`);
  const burst = Array.from({ length: config.syncBurst }, () => append(burstConnection));
  const burstChecks = await checkEach({ context, connections: [burstConnection], eventIds: [burst] });

  const timings = await eventTimings({ connectionIds });
  const steadyIds = steady.flat();
  const delays = (ids: string[], field: "recordedAt" | "runStartedAt" | "runFinishedAt") =>
    ids.flatMap((id) => {
      const timing = timings.get(id);
      const at = timing?.[field];
      const created = createdAt.get(id);
      return at === undefined || at === null || created === undefined ? [] : [at - created];
    });
  const toStart = percentiles(delays(steadyIds, "runStartedAt"));
  const toFinish = percentiles(delays(steadyIds, "runFinishedAt"));
  const toRecorded = percentiles(delays(steadyIds, "recordedAt"));
  const burstRecorded = burst.map((id) => timings.get(id)?.recordedAt).filter((at): at is number => at !== undefined);
  const burstSpanS = burstRecorded.length > 1 ? (Math.max(...burstRecorded) - Math.min(...burstRecorded)) / 1000 : null;
  const burstRate = burstSpanS && burstSpanS > 0 ? Math.round((burstRecorded.length - 1) / burstSpanS) : null;
  const burstToStart = percentiles(delays(burst, "runStartedAt"));

  const checks = [...steadyChecks, ...burstChecks];
  const lost = checks.reduce((sum, check) => sum + check.lost + check.missingFromDatabase, 0);
  const duplicated = checks.reduce((sum, check) => sum + check.duplicated, 0);
  const appended = [...steadyIds, ...burst];
  const notOneRun = appended.filter((id) => timings.get(id)?.runs !== 1).length;
  return {
    scenario: label,
    figures: [
      { measure: `events/s recorded from the Events API (burst of ${config.syncBurst}, one connection)`, value: burstRate, unit: "/s" },
      { measure: `created in Stripe → run started p50 at ${config.syncRate}/s`, value: toStart.p50, unit: "ms" },
      { measure: "created in Stripe → run started p99", value: toStart.p99, unit: "ms" },
      { measure: "created in Stripe → run finished p50", value: toFinish.p50, unit: "ms" },
      { measure: "created in Stripe → run finished p99", value: toFinish.p99, unit: "ms" },
      { measure: "burst: created → run started p99", value: burstToStart.p99, unit: "ms" },
      { measure: "lost", value: lost, unit: "", target: "0", met: lost === 0 },
      { measure: "duplicated", value: duplicated, unit: "", target: "0", met: duplicated === 0 },
    ],
    correct: checks.every((check) => check.ok) && notOneRun === 0,
    correctness: `${appended.length} events over ${connections.length} connections, ${lost} lost, ${duplicated} duplicated, ${notOneRun} without exactly one run`,
    details: {
      intervalMs,
      connections: connections.length,
      steadyEvents: steadyIds.length,
      burstEvents: burst.length,
      createdToRecordedMs: toRecorded,
      createdToRunStartedMs: toStart,
      createdToRunFinishedMs: toFinish,
      burstCreatedToRunStartedMs: burstToStart,
      burstRecordingSpanS: burstSpanS,
      eventsListRequests: stripe.standIn.requests.filter((request) => request.path === "/v1/events" && request.at >= passStart).length,
    },
  };
}

/** Every connection was polled (and caught up on start) by the worker started for this pass. */
async function waitForFirstPoll({ connectionIds, since, timeoutMs }: { connectionIds: string[]; since: Date; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.stripeSync.findMany({
      where: { connectionId: { in: connectionIds } },
      select: { lastPolledAt: true, lastCatchUpAt: true, pausedReason: true, lastError: true },
    });
    const ready = rows.filter((row) => row.lastPolledAt !== null && row.lastPolledAt >= since && row.lastCatchUpAt !== null && row.lastCatchUpAt >= since);
    if (ready.length === connectionIds.length) return;
    if (Date.now() > deadline) {
      const problems = rows.map((row) => row.pausedReason ?? row.lastError).filter(Boolean);
      throw new Error(
        `the worker did not poll the ${connectionIds.length} sync connections within ${timeoutMs} ms (${ready.length} polled${problems.length > 0 ? `; ${problems[0]}` : ""})`,
      );
    }
    await delay(200);
  }
}

async function checkEach({
  context,
  connections,
  eventIds,
}: {
  context: BenchContext;
  connections: SyncConnection[];
  eventIds: string[][];
}): Promise<DeliveryCheck[]> {
  const checks: DeliveryCheck[] = [];
  for (const [index, connection] of connections.entries()) {
    checks.push(
      await checkDeliveries({
        customerio: context.customerio,
        stripeConnectionId: connection.account.stripeConnectionId,
        acceptedEventIds: eventIds[index] ?? [],
        zapTags: ["0"],
      }),
    );
  }
  return checks;
}

/** Per Stripe event id: when Conduit recorded it, its runs, and when the run started (its first attempt) and finished. */
async function eventTimings({
  connectionIds,
}: {
  connectionIds: string[];
}): Promise<Map<string, { recordedAt: number; runs: number; runStartedAt: number | null; runFinishedAt: number | null }>> {
  const rows = await db.$queryRaw<{ stripeEventId: string; receivedAt: Date; runs: bigint; startedAt: Date | null; finishedAt: Date | null }[]>`
    SELECT e."stripeEventId", e."receivedAt", count(r."id") AS "runs",
           min(coalesce(r."startedAt", (SELECT min(a."startedAt") FROM "RunAttempt" a WHERE a."runId" = r."id"))) AS "startedAt",
           min(r."finishedAt") AS "finishedAt"
    FROM "StripeEvent" e LEFT JOIN "Run" r ON r."eventId" = e."id"
    WHERE e."connectionId"::text = ANY(${connectionIds}::text[])
    GROUP BY e."id"`;
  return new Map(
    rows.map((row) => [
      row.stripeEventId,
      {
        recordedAt: row.receivedAt.getTime(),
        runs: Number(row.runs),
        runStartedAt: row.startedAt?.getTime() ?? null,
        runFinishedAt: row.finishedAt?.getTime() ?? null,
      },
    ]),
  );
}
