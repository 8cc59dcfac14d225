// Processes one claimed Stripe connection (process-stripe-sync.ts) and logs what matters. Never
// throws: a connection whose processing fails (database, decryption) is logged and left to its
// lease, and a later round (here or in another worker) tries it again.
import type { ClaimedStripeSync } from "@/lib/catalog/stripe/intake/claim-stripe-syncs";
import { processStripeSync, type ProcessedStripeSync } from "@/lib/catalog/stripe/intake/process-stripe-sync";
import { logger } from "@/lib/logger";

export async function syncClaimedStripeConnection(options: {
  sync: ClaimedStripeSync;
  holder: string;
  leaseMs: number;
  intervalMs: number;
  apiBase?: string;
}): Promise<ProcessedStripeSync | undefined> {
  const { connectionId } = options.sync;
  try {
    const result = await processStripeSync(options);
    if (result.paused) logger.warn("stripe sync paused", { connectionId, reason: result.paused });
    if (result.poll?.recorded || result.catchUp?.recorded) {
      logger.info("stripe events read", { connectionId, polled: result.poll?.recorded ?? 0, caughtUp: result.catchUp?.recorded ?? 0 });
    }
    if (result.poll && result.poll.kind !== "ok" && result.poll.kind !== "paused")
      logger.info("stripe sync poll failed", { connectionId, kind: result.poll.kind, message: "message" in result.poll ? result.poll.message : undefined });
    return result;
  } catch (error) {
    logger.warn("stripe sync of a connection failed; it will be tried again", { connectionId, error });
    return undefined;
  }
}
