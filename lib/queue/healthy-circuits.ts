// This process's memory of connections whose circuit breaker it found closed and counting no failure:
// for a second it lets their runs call without asking Redis (one round trip less per run). A failure
// this process sees forgets the connection at once; one another process sees opens the breaker for
// this process at most a second later, and its calls in that second count as failures too.
import { LruMap } from "@/lib/cache/lru-map";

const TRUST_MS = 1_000;
const healthyUntil = new LruMap<string, number>(10_000);

export function isKnownHealthy({ connectionId, now }: { connectionId: string; now: number }): boolean {
  return (healthyUntil.get(connectionId) ?? 0) > now;
}

export function rememberHealthy({ connectionId, now }: { connectionId: string; now: number }): void {
  healthyUntil.set(connectionId, now + TRUST_MS);
}

export function forgetHealthy({ connectionId }: { connectionId: string }): void {
  healthyUntil.delete(connectionId);
}
