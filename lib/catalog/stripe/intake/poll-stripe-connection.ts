// One poll of a sync-mode Stripe connection: the events newer than its cursor, of the types its
// enabled zaps need, page by page, oldest first; each page is recorded (the webhook's path) and then
// the cursor moves past it. A worker killed mid-page leaves the cursor before that page: the next
// poller reads it again and recording skips what is already stored, so nothing is lost or doubled.
import Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { classifyStripeSyncError, type StripeSyncFailure } from "@/lib/catalog/stripe/intake/classify-stripe-sync-error";
import { enabledStripeEventTypes } from "@/lib/catalog/stripe/intake/enabled-stripe-event-types";
import { listNewStripeEvents } from "@/lib/catalog/stripe/intake/list-new-stripe-events";
import { waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import type { StripeConnectionConfig } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { recordPolledStripeEvents } from "@/lib/catalog/stripe/intake/record-polled-stripe-events";
import { saveStripeSyncCursor } from "@/lib/catalog/stripe/intake/save-stripe-sync-cursor";

export type StripePollResult = { kind: "ok"; recorded: number } | { kind: "lease_lost"; recorded: number } | (StripeSyncFailure & { recorded: number });

export async function pollStripeConnection({
  sync,
  connection,
  holder,
  leaseMs,
  apiBase,
}: {
  sync: { id: string; cursor: string | null; cursorCreated: number };
  connection: { id: string; userId: string; config: StripeConnectionConfig; secretKey: string };
  holder: string;
  leaseMs: number;
  apiBase?: string;
}): Promise<StripePollResult> {
  let recorded = 0;
  try {
    const types = await enabledStripeEventTypes({ userId: connection.userId, connectionId: connection.id });
    if (types.length === 0) return { kind: "ok", recorded };
    const stripe = createStripeClient({ secretKey: connection.secretKey, apiBase });
    const pages = listNewStripeEvents({
      stripe,
      types,
      cursor: sync.cursor,
      since: sync.cursorCreated,
      beforeRequest: () => waitForStripeReadSlot({ accountId: connection.config.accountId, connectionId: connection.id, livemode: connection.config.livemode }),
    });
    for await (const page of pages) {
      const result = await recordPolledStripeEvents({ connection, events: page.events });
      recorded += result.recorded;
      const newest = page.events.at(-1);
      const saved = await saveStripeSyncCursor({
        syncId: sync.id,
        holder,
        leaseMs,
        cursor: page.cursor,
        ...(newest && result.recorded > 0 ? { newestEvent: { created: newest.created, type: newest.type } } : {}),
      });
      if (!saved) return { kind: "lease_lost", recorded };
    }
    return { kind: "ok", recorded };
  } catch (error) {
    // Stripe's answers are the connection's business; a database or Redis failure is the worker's.
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    return { ...classifyStripeSyncError({ error }), recorded };
  }
}
