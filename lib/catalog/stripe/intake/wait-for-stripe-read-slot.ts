// Stripe allows 25 read requests a second in test mode and 100 in live mode, per account: every
// connection of one account (and every worker) shares one budget, kept in Redis.
import { setTimeout as delay } from "node:timers/promises";
import { reserveRateLimitSlot } from "@/lib/queue/reserve-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

export const STRIPE_READS_PER_SECOND = { test: 25, live: 100 } as const;

export async function waitForStripeReadSlot({ accountId, connectionId, livemode }: { accountId: string | null; connectionId: string; livemode: boolean }): Promise<void> {
  const mode = livemode ? "live" : "test";
  // A restricted key that may not read the account has no account id: its connection is its own budget.
  const key = redisKey("rate", "stripe-read", accountId ?? `connection-${connectionId}`, mode);
  for (;;) {
    const slot = await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: STRIPE_READS_PER_SECOND[mode] });
    if (slot.allowed) return;
    await delay(slot.waitMs);
  }
}
