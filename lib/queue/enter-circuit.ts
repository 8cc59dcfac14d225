import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { circuitKeys } from "@/lib/queue/circuit-keys";
import { isKnownHealthy, rememberHealthy } from "@/lib/queue/healthy-circuits";
import { redis } from "@/lib/redis";
import { redisScript } from "@/lib/redis-script";

export type CircuitEntry =
  /** Call as usual. `clean`: no failure is counted, so a success has nothing to reset. */
  | { state: "closed"; clean: boolean }
  /** The connection is unavailable and this call is the one probe: report its result (record-circuit-result.ts). */
  | { state: "probe"; openedAt: number }
  /** Unavailable: do not call; look again at `retryAt` (epoch ms). */
  | { state: "open"; openedAt: number; retryAt: number };

// Open and due: take the probe lock, unless another run holds it (the same run may take it again).
const ENTER = redisScript(`
local openedAt = redis.call('HGET', KEYS[1], 'openedAt')
if not openedAt then return {0, redis.call('EXISTS', KEYS[1])} end
local now = tonumber(ARGV[1])
local probeAt = tonumber(redis.call('HGET', KEYS[1], 'probeAt') or '0')
local probeDelay = tonumber(redis.call('HGET', KEYS[1], 'probeDelayMs') or '1000')
if now >= probeAt then
  local holder = redis.call('GET', KEYS[2])
  if holder == ARGV[2] or (not holder and redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3])) then return {2, openedAt} end
end
local retryAt = probeAt
if retryAt <= now then retryAt = now + probeDelay end
return {1, openedAt, tostring(retryAt)}`);

/**
 * Asks a connection's circuit breaker whether a run may call it now. `token` identifies the caller (the
 * run id), so a run that took the probe lock before its claim keeps it. When Redis cannot answer, the
 * call goes ahead: the breaker only saves calls, and the retry schedule still bounds every run.
 */
export async function enterCircuit({ connectionId, token, now = Date.now() }: { connectionId: string; token: string; now?: number }): Promise<CircuitEntry> {
  if (isKnownHealthy({ connectionId, now })) return { state: "closed", clean: true };
  const keys = circuitKeys({ connectionId });
  const probeLockMs = Math.max(env().RUN_LEASE_MS, 60_000);
  try {
    // For a closed breaker the second value is whether it counts failures (1) or not (0).
    const [code, openedAt, retryAt] = (await ENTER(redis(), [keys.state, keys.probe], [now, token, probeLockMs])) as [number, (string | number)?, string?];
    if (code === 2) return { state: "probe", openedAt: Number(openedAt) };
    if (code === 1) return { state: "open", openedAt: Number(openedAt), retryAt: Number(retryAt) };
    const clean = openedAt === 0;
    if (clean) rememberHealthy({ connectionId, now });
    return { state: "closed", clean };
  } catch (error) {
    logger.warn("circuit breaker unreadable; calling the connection anyway", { connectionId, error });
    return { state: "closed", clean: false };
  }
}
