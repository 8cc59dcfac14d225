// Catch-up: the events Stripe holds for a connection that Conduit never stored (it was down, a webhook
// endpoint was disabled, a delivery was lost), recorded through the webhook's path. It lists the
// events of the enabled zaps' types created since the newest one stored for the connection, at most
// 30 days back (all Stripe keeps), and records those not stored yet, oldest first. It looks five
// minutes further back than that event: Stripe's list can show an event a moment after a newer one,
// and several events share a second. Runs in both intake modes; deduplication makes repeats safe.
import Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { classifyStripeSyncError, type StripeSyncFailure } from "@/lib/catalog/stripe/intake/classify-stripe-sync-error";
import { enabledStripeEventTypes } from "@/lib/catalog/stripe/intake/enabled-stripe-event-types";
import { listNewStripeEvents } from "@/lib/catalog/stripe/intake/list-new-stripe-events";
import { newestIntakeEventCreated } from "@/lib/catalog/stripe/intake/newest-intake-event-created";
import { waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import type { StripeConnectionConfig } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { recordPolledStripeEvents } from "@/lib/catalog/stripe/intake/record-polled-stripe-events";

export const STRIPE_EVENT_RETENTION_S = 30 * 24 * 3600;
const OVERLAP_S = 5 * 60;

export type StripeCatchUpResult = { kind: "ok"; recorded: number; since: number } | (StripeSyncFailure & { recorded: number });

export async function catchUpStripeConnection({
  connection,
  startedAt,
  apiBase,
  now = Date.now(),
  renewLease,
}: {
  connection: { id: string; userId: string; config: StripeConnectionConfig; secretKey: string };
  /** When Conduit started watching the connection (an enabled zap used it): catch-up never goes further back. */
  startedAt: Date;
  apiBase?: string;
  now?: number;
  /** Called after each page; false stops (the lease was lost). */
  renewLease: () => Promise<boolean>;
}): Promise<StripeCatchUpResult> {
  let recorded = 0;
  try {
    const types = await enabledStripeEventTypes({ userId: connection.userId, connectionId: connection.id });
    const newest = await newestIntakeEventCreated({ connectionId: connection.id });
    const oldestKept = Math.floor(now / 1000) - STRIPE_EVENT_RETENTION_S + 60;
    // Never before Conduit started watching the connection (its zaps were off, or it is new).
    const watchedSince = Math.floor(startedAt.getTime() / 1000);
    const since = Math.max(newest === null ? watchedSince : Math.max(newest - OVERLAP_S, watchedSince), oldestKept);
    if (types.length === 0) return { kind: "ok", recorded, since };
    const stripe = createStripeClient({ secretKey: connection.secretKey, apiBase });
    const pages = listNewStripeEvents({
      stripe,
      types,
      cursor: null,
      since,
      beforeRequest: () => waitForStripeReadSlot({ accountId: connection.config.accountId, connectionId: connection.id, livemode: connection.config.livemode }),
    });
    for await (const page of pages) {
      recorded += (await recordPolledStripeEvents({ connection, events: page.events })).recorded;
      if (!(await renewLease())) break;
    }
    return { kind: "ok", recorded, since };
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    return { ...classifyStripeSyncError({ error }), recorded };
  }
}
