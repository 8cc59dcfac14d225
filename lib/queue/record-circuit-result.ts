import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { circuitKeys } from "@/lib/queue/circuit-keys";
import { forgetHealthy } from "@/lib/queue/healthy-circuits";
import { redis } from "@/lib/redis";
import { redisScript } from "@/lib/redis-script";

const MAX_PROBE_DELAY_MS = 60_000;
/** An idle breaker's state is forgotten after a week. */
const STATE_TTL_MS = 7 * 24 * 3_600_000;

// ARGV: result, token, threshold, first probe delay, max probe delay, now, ttl.
const RECORD = redisScript(`
local isProbe = ARGV[2] ~= '' and redis.call('GET', KEYS[2]) == ARGV[2]
local result = ARGV[1]
if result == 'answered' then
  if isProbe then result = 'success' else result = 'permanent' end
end
if result == 'success' then
  local wasOpen = redis.call('HEXISTS', KEYS[1], 'openedAt')
  redis.call('DEL', KEYS[1])
  if isProbe then redis.call('DEL', KEYS[2]) end
  if wasOpen == 1 then return 'closed' end
  return ''
end
if result == 'permanent' then
  if isProbe then redis.call('DEL', KEYS[2]) end
  return ''
end
local now = tonumber(ARGV[6])
if isProbe then
  local delay = math.min(tonumber(redis.call('HGET', KEYS[1], 'probeDelayMs') or ARGV[4]) * 2, tonumber(ARGV[5]))
  redis.call('HSET', KEYS[1], 'probeDelayMs', delay, 'probeAt', now + delay)
  redis.call('DEL', KEYS[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[7])
  return ''
end
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[7])
if failures >= tonumber(ARGV[3]) and redis.call('HEXISTS', KEYS[1], 'openedAt') == 0 then
  redis.call('HSET', KEYS[1], 'openedAt', now, 'probeDelayMs', ARGV[4], 'probeAt', now + tonumber(ARGV[4]))
  return 'opened'
end
return ''`);

/**
 * Tells a connection's circuit breaker how a call ended. A success closes it (and counts from zero); a
 * transient failure counts, and the `threshold`-th in a row makes the connection unavailable; a
 * permanent failure does not count. A failed probe doubles the wait before the next one, up to a minute;
 * a probe the vendor answered, even with a refusal ("answered": an HTTP 4xx), shows it is back and closes it.
 * Returns "opened" or "closed" when this result changed the connection's availability.
 */
export async function recordCircuitResult({
  connectionId,
  result,
  token,
  now = Date.now(),
}: {
  connectionId: string;
  /** "answered": a permanent failure the vendor answered over HTTP (it is reachable); "permanent": one it never saw (bad input). */
  result: "success" | "transient" | "permanent" | "answered";
  /** The caller's token (run id), to release the probe lock it holds. */
  token: string;
  now?: number;
}): Promise<"opened" | "closed" | null> {
  if (result === "transient") forgetHealthy({ connectionId, now });
  const keys = circuitKeys({ connectionId });
  const { CIRCUIT_BREAKER_THRESHOLD, CIRCUIT_BREAKER_PROBE_MS } = env();
  try {
    const args = [result, token, CIRCUIT_BREAKER_THRESHOLD, CIRCUIT_BREAKER_PROBE_MS, MAX_PROBE_DELAY_MS, now, STATE_TTL_MS].map(String);
    const changed = (await RECORD(redis(), [keys.state, keys.probe], args)) as string;
    if (changed === "opened") logger.warn("connection unavailable: its runs wait for it", { connectionId, threshold: CIRCUIT_BREAKER_THRESHOLD });
    if (changed === "closed") logger.info("connection answers again: its waiting runs resume", { connectionId });
    return changed === "opened" || changed === "closed" ? changed : null;
  } catch (error) {
    logger.warn("circuit breaker not updated", { connectionId, error });
    return null;
  }
}
