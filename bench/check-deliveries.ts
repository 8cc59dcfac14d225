// The correctness half of every scenario: every accepted event is in PostgreSQL, and every run it
// started reached Customer.io exactly once. Waits for the worker to finish first.
import { db } from "@/lib/db";
import type { InstantCustomerio } from "@/bench/instant-customerio";

export interface DeliveryCheck {
  accepted: number;
  missingFromDatabase: number;
  expectedDeliveries: number;
  lost: number;
  duplicated: number;
  /** Webhook transaction start (StripeEvent.receivedAt) → Customer.io stand-in, per delivery, in ms. */
  latenciesMs: number[];
  /** When the last delivery arrived (ms since the epoch), for throughput. */
  firstDeliveryAt: number | null;
  lastDeliveryAt: number | null;
  ok: boolean;
}

export async function checkDeliveries({
  customerio,
  stripeConnectionId,
  acceptedEventIds,
  zapTags,
  idleTimeoutMs = 60_000,
}: {
  customerio: InstantCustomerio;
  stripeConnectionId: string;
  acceptedEventIds: string[];
  /** The `zap` tag of every zap an event should run (see seed-bench-account.ts). */
  zapTags: string[];
  /** Gives up when no new delivery arrived for this long. */
  idleTimeoutMs?: number;
}): Promise<DeliveryCheck> {
  const expected = acceptedEventIds.flatMap((eventId) => zapTags.map((tag) => `${eventId}:${tag}`));
  let deliveries = await customerio.deliveries();
  let lastCount = -1;
  let lastProgressAt = Date.now();
  while (countDelivered(deliveries.byKey, expected) < expected.length && Date.now() - lastProgressAt < idleTimeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    deliveries = await customerio.deliveries();
    const count = countDelivered(deliveries.byKey, expected);
    if (count !== lastCount) {
      lastCount = count;
      lastProgressAt = Date.now();
    }
  }

  const stored = await db.$queryRaw<{ stripeEventId: string; receivedAt: Date }[]>`
    SELECT "stripeEventId", "receivedAt" FROM "StripeEvent" WHERE "connectionId" = ${stripeConnectionId}::uuid`;
  const receivedAt = new Map(stored.map((row) => [row.stripeEventId, row.receivedAt.getTime()]));
  const missingFromDatabase = acceptedEventIds.filter((eventId) => !receivedAt.has(eventId)).length;

  let lost = 0;
  let duplicated = 0;
  const latenciesMs: number[] = [];
  let firstDeliveryAt: number | null = null;
  let lastDeliveryAt: number | null = null;
  for (const key of expected) {
    const times = deliveries.byKey.get(key);
    if (!times) {
      lost += 1;
      continue;
    }
    if (times.length > 1) duplicated += 1;
    const first = Math.min(...times);
    const arrived = receivedAt.get(key.slice(0, key.lastIndexOf(":")));
    if (arrived !== undefined) latenciesMs.push(first - arrived);
    firstDeliveryAt = firstDeliveryAt === null ? first : Math.min(firstDeliveryAt, first);
    lastDeliveryAt = lastDeliveryAt === null ? first : Math.max(lastDeliveryAt, first);
  }
  return {
    accepted: acceptedEventIds.length,
    missingFromDatabase,
    expectedDeliveries: expected.length,
    lost,
    duplicated,
    latenciesMs,
    firstDeliveryAt,
    lastDeliveryAt,
    ok: missingFromDatabase === 0 && lost === 0 && duplicated === 0 && deliveries.unkeyed === 0,
  };
}

function countDelivered(byKey: Map<string, number[]>, expected: string[]): number {
  let count = 0;
  for (const key of expected) if (byKey.has(key)) count += 1;
  return count;
}
