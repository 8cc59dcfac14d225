// The worker's Stripe sync loop. Every tick it claims the connections that are due (up to
// `concurrency` in flight) and processes each on its own, so a long catch-up never delays another
// connection's poll. On start, every connection's catch-up is made due, so the events Stripe made
// while no worker ran are recorded (lib/catalog/stripe/intake/catch-up-stripe-connection.ts).
// stop() waits for the work in flight, then releases this worker's leases for the next one.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { claimStripeSyncs } from "@/lib/catalog/stripe/intake/claim-stripe-syncs";
import { syncClaimedStripeConnection } from "@/lib/catalog/stripe/intake/sync-claimed-stripe-connection";
import { logger } from "@/lib/logger";

export const STRIPE_SYNC_LEASE_MS = 30_000;

export interface StripeSyncLoop {
  holder: string;
  stop(): Promise<void>;
}

export function startStripeSync({
  intervalMs,
  apiBase,
  leaseMs = STRIPE_SYNC_LEASE_MS,
  tickMs = Math.min(1_000, intervalMs),
  concurrency = 20,
  holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
}: {
  intervalMs: number;
  apiBase?: string;
  leaseMs?: number;
  tickMs?: number;
  /** Connections processed at once by this worker. */
  concurrency?: number;
  holder?: string;
}): StripeSyncLoop {
  let stopped = false;
  let step: Promise<void> | undefined;
  const inFlight = new Map<string, Promise<unknown>>();

  const claim = async () => {
    const claimed = await claimStripeSyncs({ holder, leaseMs, limit: concurrency - inFlight.size, busy: [...inFlight.keys()] });
    for (const sync of claimed) {
      const work = syncClaimedStripeConnection({ sync, holder, leaseMs, intervalMs, apiBase }).finally(() => inFlight.delete(sync.id));
      inFlight.set(sync.id, work);
    }
  };
  const next = (run: () => Promise<unknown>, failure: string) => () => {
    step = run()
      .then(() => undefined)
      .catch((error: unknown) => logger.warn(failure, { error }))
      .finally(() => {
        step = undefined;
        if (!stopped) timer = setTimeout(tick, tickMs);
      });
  };
  const tick = next(claim, "stripe sync could not claim connections; will try again");
  const begin = next(() => db.stripeSync.updateMany({ data: { nextCatchUpAt: new Date() } }), "could not schedule the start-up catch-up");
  // After one tick: the process finishes starting up first (the first database calls of a kind cost
  // CPU, and under `tsx` a signal the process does not acknowledge at once is escalated to SIGKILL).
  let timer: NodeJS.Timeout = setTimeout(begin, tickMs);

  return {
    holder,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await step;
      await Promise.all(inFlight.values());
      // Another worker may take the connections over at once.
      await db.stripeSync.updateMany({ where: { leasedBy: holder }, data: { leaseUntil: null } }).catch(() => undefined);
    },
  };
}
