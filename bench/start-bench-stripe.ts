// The bench's Stripe: the Stripe stand-in (demo/stand-ins/), which the worker reaches through
// STRIPE_API_BASE. One account holds the webhook-mode bench accounts' key (the worker's catch-up
// reads their events too, and finds none); each sync-mode connection of the sync scenario gets an
// account of its own, as different shops would, so Stripe's per-account read limit is per connection.
import { startStripeStandIn, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";

export const BENCH_WEBHOOK_ACCOUNT = { id: "acct_bench", secretKey: "sk_test_benchWebhookAccount0001" } as const;

export interface BenchStripe {
  standIn: StripeStandIn;
  /** For the sync scenario's connections, in order. */
  syncAccounts: { id: string; secretKey: string }[];
}

export async function startBenchStripe({ syncAccounts }: { syncAccounts: number }): Promise<BenchStripe> {
  const accounts = Array.from({ length: syncAccounts }, (_, index) => {
    const number = String(index + 1).padStart(4, "0");
    return { id: `acct_benchSync${number}`, secretKey: `sk_test_benchSyncAccount${number}` };
  });
  const standIn = await startStripeStandIn({
    accounts: [BENCH_WEBHOOK_ACCOUNT, ...accounts].map((account) => ({ id: account.id, displayName: "Bench shop", keys: [{ secret: account.secretKey }] })),
  });
  return { standIn, syncAccounts: accounts };
}
