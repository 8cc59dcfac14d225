// This process's memory of connections whose circuit breaker it found closed and counting no failure:
// for a second it lets their runs call without asking Redis (one round trip less per run). A failure
// this process sees forgets the connection at once; one another process sees opens the breaker for
// this process at most a second later, and its calls in that second count as failures too.
import { LruMap } from "@/lib/cache/lru-map";

const TRUST_MS = 1_000;
const healthyUntil = new LruMap<string, number>(10_000);
/** When this process last saw each connection fail: an answer read before that must not mark it healthy. */
const failedAt = new LruMap<string, number>(10_000);

export function isKnownHealthy({ connectionId, now }: { connectionId: string; now: number }): boolean {
  return (healthyUntil.get(connectionId) ?? 0) > now;
}

/** `now`: when the breaker was asked; a failure seen since then wins. */
export function rememberHealthy({ connectionId, now }: { connectionId: string; now: number }): void {
  if ((failedAt.get(connectionId) ?? -Infinity) >= now) return;
  healthyUntil.set(connectionId, now + TRUST_MS);
}

export function forgetHealthy({ connectionId, now = Date.now() }: { connectionId: string; now?: number }): void {
  healthyUntil.delete(connectionId);
  failedAt.set(connectionId, now);
}
