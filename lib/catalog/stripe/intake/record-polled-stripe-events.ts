// Events read from Stripe's Events API (sync and catch-up) take the webhook's path: recordStripeEvent
// (stored once per connection and event id, one run per matching enabled zap), then enqueueRuns. In
// order, oldest first, so runs are created in the order the events happened. Events this connection
// already has (by webhook, an earlier poll or a poller that died mid-page) are skipped with one query;
// the unique constraint still decides when two paths race.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";

export async function recordPolledStripeEvents({
  connection,
  events,
}: {
  connection: { id: string; userId: string };
  events: readonly Stripe.Event[];
}): Promise<{ recorded: number; runIds: string[] }> {
  if (events.length === 0) return { recorded: 0, runIds: [] };
  const stored = await db.stripeEvent.findMany({
    where: { connectionId: connection.id, stripeEventId: { in: events.map((event) => event.id) } },
    select: { stripeEventId: true },
  });
  const known = new Set(stored.map((row) => row.stripeEventId));
  let recorded = 0;
  const runIds: string[] = [];
  for (const event of events) {
    if (known.has(event.id)) continue;
    const result = await recordStripeEvent({ connection, event });
    if (!result.duplicate) recorded += 1;
    runIds.push(...result.runIds);
  }
  // A run Redis did not take stays QUEUED in PostgreSQL; the sweeper enqueues it.
  await enqueueRuns({ runIds });
  return { recorded, runIds };
}
