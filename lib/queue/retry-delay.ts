/** The longest a run waits between two attempts, whatever a vendor's Retry-After asks. */
export const MAX_RETRY_DELAY_MS = 24 * 3_600_000;

/**
 * Delay before retry number `attempt` (1 = the first retry): that entry of the schedule (its last one
 * past the end), with ±20 % jitter so that runs failed together do not retry together, and never
 * shorter than the vendor's Retry-After.
 */
export function retryDelay({
  attempt,
  schedule,
  retryAfterMs,
  random = Math.random,
}: {
  attempt: number;
  schedule: readonly number[];
  retryAfterMs?: number;
  random?: () => number;
}): number {
  const planned = schedule[Math.min(Math.max(attempt, 1), schedule.length) - 1] ?? 0;
  const jittered = Math.round(planned * (0.8 + 0.4 * random()));
  return Math.min(Math.max(jittered, retryAfterMs ?? 0), MAX_RETRY_DELAY_MS);
}
