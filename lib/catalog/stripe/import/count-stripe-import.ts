// An import's first phase: how many events of the zap's trigger types Stripe holds in the range, how
// many of them already have a run of the zap, and how many of the rest the trigger's options skip.
// The counts are written after every page, so the page shows them growing.
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import { db } from "@/lib/db";
import type { StripeImportTarget } from "@/lib/catalog/stripe/import/load-stripe-import-target";
import { listStripeEventsInRange } from "@/lib/catalog/stripe/import/list-stripe-events-in-range";
import { stripeEventsWithZapRuns } from "@/lib/catalog/stripe/import/stripe-events-with-zap-runs";

export async function countStripeImport({
  importId,
  target,
  rangeStart,
  rangeEnd,
  apiBase,
}: {
  importId: string;
  target: StripeImportTarget;
  rangeStart: Date;
  rangeEnd: Date;
  apiBase?: string;
}): Promise<{ total: number; alreadyRun: number; notMatching: number }> {
  const { connection } = target;
  const counts = { total: 0, alreadyRun: 0, notMatching: 0 };
  const pages = listStripeEventsInRange({
    stripe: createStripeClient({ secretKey: connection.secretKey, apiBase }),
    types: target.eventTypes,
    from: Math.floor(rangeStart.getTime() / 1000),
    to: Math.floor(rangeEnd.getTime() / 1000),
    beforeRequest: () => waitForStripeReadSlot({ accountId: connection.config.accountId, connectionId: connection.id, livemode: connection.config.livemode }),
  });
  for await (const events of pages) {
    const withRuns = await stripeEventsWithZapRuns({ zapId: target.zapId, connectionId: connection.id, stripeEventIds: events.map((event) => event.id) });
    counts.total += events.length;
    counts.alreadyRun += withRuns.size;
    counts.notMatching += events.filter((event) => !withRuns.has(event.id) && !target.matches(event)).length;
    await db.stripeEventImport.update({ where: { id: importId }, data: counts });
  }
  return counts;
}
