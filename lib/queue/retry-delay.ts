export const MAX_RETRY_DELAY_MS = 10 * 60 * 1000;

/**
 * Delay before retry number `attempt` (1 = the first retry): exponential from `baseMs` with "full
 * jitter" between half and all of it, never shorter than the vendor's Retry-After, never over 10 min.
 */
export function retryDelay({ attempt, baseMs, retryAfterMs, random = Math.random }: { attempt: number; baseMs: number; retryAfterMs?: number; random?: () => number }): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return Math.min(Math.max(jittered, retryAfterMs ?? 0), MAX_RETRY_DELAY_MS);
}
