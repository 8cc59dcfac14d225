// One round of Stripe sync: claim the connections that are due (claim-stripe-syncs.ts) and process
// them side by side, until all are done. The worker's loop (start-stripe-sync.ts) does the same
// without waiting, so one slow connection never holds up the others; tests use a round.
import { claimStripeSyncs } from "@/lib/catalog/stripe/intake/claim-stripe-syncs";
import type { ProcessedStripeSync } from "@/lib/catalog/stripe/intake/process-stripe-sync";
import { syncClaimedStripeConnection } from "@/lib/catalog/stripe/intake/sync-claimed-stripe-connection";

export async function runStripeSyncRound({
  holder,
  leaseMs,
  intervalMs,
  apiBase,
  limit = 20,
}: {
  holder: string;
  leaseMs: number;
  intervalMs: number;
  apiBase?: string;
  limit?: number;
}): Promise<ProcessedStripeSync[]> {
  const claimed = await claimStripeSyncs({ holder, leaseMs, limit });
  const results = await Promise.all(claimed.map((sync) => syncClaimedStripeConnection({ sync, holder, leaseMs, intervalMs, apiBase })));
  return results.filter((result): result is ProcessedStripeSync => result !== undefined);
}
