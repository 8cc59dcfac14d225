import { redisKey } from "@/lib/redis";

/** The Redis key of a Stripe account's read budget in one mode (wait-for-stripe-read-slot.ts). */
export function stripeReadRateKey({ accountId, connectionId, livemode }: { accountId: string | null; connectionId: string; livemode: boolean }): string {
  // A restricted key that may not read the account has no account id: its connection is its own budget.
  return redisKey("rate", "stripe-read", accountId ?? `connection-${connectionId}`, livemode ? "live" : "test");
}
