// The Redis mechanism behind every attempt limit (sign-in, sign-up, password reset): attempts are
// counted per scope; once a scope passes its free allowance, each further attempt blocks it for an
// exponentially growing, capped time (signInBackoffSeconds' formula). Keys hold hashes of the
// email and address, never the values themselves. An attempt is reserved atomically, so parallel
// requests cannot all slip past one check and share one block period.
import { redis } from "@/lib/redis";
import type { ScopePolicy } from "@/lib/auth/throttle/sign-in-backoff";
import { throttleKeys } from "@/lib/auth/throttle/throttle-keys";

export interface ThrottledScope {
  /** Names the scope in Redis keys, e.g. "address". */
  scope: string;
  /** The value limited in this scope (an email, an address, both): only its hash is stored. */
  value: string;
  policy: ScopePolicy;
}

export type Reservation = { allowed: false; retryAfterSeconds: number } | { allowed: true; blockedForSeconds: number };

// KEYS: failures and block key of each scope, in pairs. ARGV: per scope free, window, base, max.
// Refuses (0, ms left) while any scope is blocked; otherwise counts the attempt in every scope,
// starts the block of each scope now past its allowance, and returns (1, longest block in seconds).
const RESERVE = `
local longest = 0
for i = 1, #KEYS, 2 do
  local ttl = redis.call('PTTL', KEYS[i + 1])
  if ttl > longest then longest = ttl end
end
if longest > 0 then return {0, longest} end
local blocked = 0
for i = 1, #KEYS, 2 do
  local s = (i - 1) / 2 * 4
  local free, window, base, max = tonumber(ARGV[s + 1]), tonumber(ARGV[s + 2]), tonumber(ARGV[s + 3]), tonumber(ARGV[s + 4])
  local count = redis.call('INCR', KEYS[i])
  redis.call('EXPIRE', KEYS[i], window)
  if count > free then
    local seconds = math.min(base * 2 ^ math.min(count - free - 1, 20), max)
    redis.call('SET', KEYS[i + 1], '1', 'EX', seconds)
    if seconds > blocked then blocked = seconds end
  end
end
return {1, blocked}`;

/**
 * Reserves one attempt of `purpose` in every scope: refused while any scope is blocked; otherwise
 * counted. blockedForSeconds > 0 means this attempt used up an allowance.
 */
export async function reserveAttempt({ purpose, scopes }: { purpose: string; scopes: ThrottledScope[] }): Promise<Reservation> {
  const keys = scopes.flatMap(({ scope, value }) => {
    const { failures, blocked } = throttleKeys({ purpose, scope, value });
    return [failures, blocked];
  });
  const args = scopes.flatMap(({ policy }) => [policy.freeFailures, policy.windowSeconds, policy.baseBlockSeconds, policy.maxBlockSeconds].map(String));
  const [allowed, value] = (await redis().eval(RESERVE, keys.length, ...keys, ...args)) as [number, number];
  return allowed === 1 ? { allowed: true, blockedForSeconds: Number(value) } : { allowed: false, retryAfterSeconds: Number(value) / 1000 };
}
