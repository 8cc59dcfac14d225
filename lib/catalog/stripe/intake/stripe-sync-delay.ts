// When a connection's next poll is due. Normally every interval; after ten minutes without new events,
// every 60 s (the first new event brings the interval back). After a 429 or another failure, the
// delay doubles per consecutive failure, from the interval up to 5 minutes, with ±50 % jitter so the
// connections of one account do not all come back in the same second.
export const QUIET_AFTER_MS = 10 * 60_000;
export const QUIET_INTERVAL_MS = 60_000;
export const MAX_FAILURE_DELAY_MS = 5 * 60_000;

export function stripeSyncDelay({
  outcome,
  intervalMs,
  failures = 0,
  quietForMs = 0,
  retryAfterMs,
  random = Math.random,
}: {
  outcome: "ok" | "failed";
  intervalMs: number;
  /** Consecutive failures, this one included. */
  failures?: number;
  /** Since a poll last found new events. */
  quietForMs?: number;
  /** What Stripe asked for, if anything: never waited less. */
  retryAfterMs?: number;
  random?: () => number;
}): number {
  if (outcome === "ok") return quietForMs >= QUIET_AFTER_MS ? Math.max(intervalMs, QUIET_INTERVAL_MS) : intervalMs;
  const base = Math.min(MAX_FAILURE_DELAY_MS, intervalMs * 2 ** Math.min(Math.max(failures, 1), 20));
  const jittered = Math.round(base * (0.5 + random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}
