import { stripeConnectionConfigSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";

// Only what names the account: a config just verified has no webhook settings yet.
const accountSchema = stripeConnectionConfigSchema.pick({ accountId: true, livemode: true });

/** A Stripe connection's account and mode ("acct_…:live"); null for a key that could not name its account. */
export function stripeAccountKey(config: unknown): string | null {
  const parsed = accountSchema.safeParse(config);
  if (!parsed.success || !parsed.data.accountId) return null;
  return `${parsed.data.accountId}:${parsed.data.livemode ? "live" : "test"}`;
}
