import { stripeConnectionConfigSchema } from "@/lib/connections/schema";

/** A Stripe connection's account and mode ("acct_…:live"); null for a key that could not name its account. */
export function stripeAccountKey(config: unknown): string | null {
  const parsed = stripeConnectionConfigSchema.safeParse(config);
  if (!parsed.success || !parsed.data.accountId) return null;
  return `${parsed.data.accountId}:${parsed.data.livemode ? "live" : "test"}`;
}
