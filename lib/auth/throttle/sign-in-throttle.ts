// Redis state of sign-in throttling (policy in sign-in-backoff.ts). Keys hold hashes of the email
// and address, never the values themselves. An attempt is reserved atomically before the password
// is checked, so parallel requests cannot all slip past one check and share one block period.
import { createHash } from "node:crypto";
import { redis, redisKey } from "@/lib/redis";
import { SIGN_IN_POLICY, type ThrottleScope } from "@/lib/auth/throttle/sign-in-backoff";

interface Subject {
  email: string;
  address: string;
  /** The account signed in from this address before (known-sign-in-address.ts): no per-account limit. */
  knownAddress?: boolean;
}

export type Reservation = { allowed: false; retryAfterSeconds: number } | { allowed: true; blockedForSeconds: number };

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}

function scopeIds({ email, address }: Subject): Record<ThrottleScope, string> {
  return {
    "account-address": digest(`${email}\n${address}`),
    address: digest(address),
    account: digest(email),
  };
}

const scopesOf = ({ knownAddress }: Subject) =>
  (Object.keys(SIGN_IN_POLICY) as ThrottleScope[]).filter((scope) => !(knownAddress && scope === "account"));
const failKey = (scope: ThrottleScope, id: string) => redisKey("sign-in", "failures", scope, id);
const blockKey = (scope: ThrottleScope, id: string) => redisKey("sign-in", "blocked", scope, id);

// KEYS: failures and block key of each scope, in pairs. ARGV: per scope free, window, base, max.
// Refuses (0, ms left) while any scope is blocked; otherwise counts the attempt in every scope,
// starts the block of each scope now past its allowance (signInBackoffSeconds' formula), and
// returns (1, longest block in seconds).
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
 * Reserves one sign-in attempt: refused while blocked; otherwise counted as a failure until
 * clearSignInFailures says it succeeded. blockedForSeconds > 0 means this attempt used up the
 * allowance: if it fails, the user waits that long.
 */
export async function reserveSignInAttempt(subject: Subject): Promise<Reservation> {
  const ids = scopeIds(subject);
  const scopes = scopesOf(subject);
  const keys = scopes.flatMap((scope) => [failKey(scope, ids[scope]), blockKey(scope, ids[scope])]);
  const args = scopes.flatMap((scope) => {
    const policy = SIGN_IN_POLICY[scope];
    return [policy.freeFailures, policy.windowSeconds, policy.baseBlockSeconds, policy.maxBlockSeconds].map(String);
  });
  const [allowed, value] = (await redis().eval(RESERVE, keys.length, ...keys, ...args)) as [number, number];
  return allowed === 1 ? { allowed: true, blockedForSeconds: Number(value) } : { allowed: false, retryAfterSeconds: Number(value) / 1000 };
}

// KEYS: failure counters to take one back from, never below zero.
const REFUND = `
for i = 1, #KEYS do
  local count = tonumber(redis.call('GET', KEYS[i]) or '0')
  if count > 0 then redis.call('DECR', KEYS[i]) end
end
return 1`;

/**
 * A successful sign-in forgets the failures and block of this account from this address, and takes
 * back the attempt it reserved in the address and account scopes: it was not a failure, and many
 * people signing in from one office address must not add up to a block.
 */
export async function clearSignInFailures(subject: Subject): Promise<void> {
  const ids = scopeIds(subject);
  await redis().del(failKey("account-address", ids["account-address"]), blockKey("account-address", ids["account-address"]));
  const counted = scopesOf(subject).filter((scope) => scope !== "account-address");
  await redis().eval(REFUND, counted.length, ...counted.map((scope) => failKey(scope, ids[scope])));
}
