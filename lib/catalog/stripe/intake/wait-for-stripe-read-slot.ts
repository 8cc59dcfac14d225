// Stripe allows 25 read requests a second in test mode and 100 in live mode, per account: every
// connection of one account (and every worker) shares one budget, kept in Redis. Sync, catch-up,
// "Import past events" and the Stripe lookups of runs all wait here.
import { setTimeout as delay } from "node:timers/promises";
import { stripeReadRateKey } from "@/lib/catalog/stripe/intake/stripe-read-rate-key";
import { reserveRateLimitSlot } from "@/lib/queue/reserve-rate-limit-slot";
import { redis } from "@/lib/redis";

export const STRIPE_READS_PER_SECOND = { test: 25, live: 100 } as const;

export async function waitForStripeReadSlot({
  accountId,
  connectionId,
  livemode,
}: {
  accountId: string | null;
  connectionId: string;
  livemode: boolean;
}): Promise<void> {
  const key = stripeReadRateKey({ accountId, connectionId, livemode });
  for (;;) {
    const slot = await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: STRIPE_READS_PER_SECOND[livemode ? "live" : "test"] });
    if (slot.allowed) return;
    await delay(slot.waitMs);
  }
}
