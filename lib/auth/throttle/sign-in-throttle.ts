// Redis state of sign-in throttling (policy in sign-in-backoff.ts). Keys hold hashes of the email
// and address, never the values themselves.
import { createHash } from "node:crypto";
import { redis, redisKey } from "@/lib/redis";
import { SIGN_IN_POLICY, signInBackoffSeconds, type ThrottleScope } from "@/lib/auth/throttle/sign-in-backoff";

interface Subject {
  email: string;
  address: string;
}

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

const scopes = Object.keys(SIGN_IN_POLICY) as ThrottleScope[];
const failKey = (scope: ThrottleScope, id: string) => redisKey("sign-in", "failures", scope, id);
const blockKey = (scope: ThrottleScope, id: string) => redisKey("sign-in", "blocked", scope, id);

/** Seconds until this subject may try again; 0 when a sign-in attempt is allowed now. */
export async function signInRetryAfterSeconds(subject: Subject): Promise<number> {
  const ids = scopeIds(subject);
  const pipeline = redis().pipeline();
  for (const scope of scopes) pipeline.pttl(blockKey(scope, ids[scope]));
  const results = (await pipeline.exec()) ?? [];
  const remainingMs = results.map(([error, ttl]) => {
    if (error) throw error;
    return Number(ttl);
  });
  return Math.max(0, ...remainingMs) / 1000;
}

/** Counts a failed attempt in every scope; returns the seconds the subject is now blocked for. */
export async function recordSignInFailure(subject: Subject): Promise<number> {
  const ids = scopeIds(subject);
  const pipeline = redis().pipeline();
  for (const scope of scopes) {
    pipeline.incr(failKey(scope, ids[scope]));
    pipeline.expire(failKey(scope, ids[scope]), SIGN_IN_POLICY[scope].windowSeconds);
  }
  const results = (await pipeline.exec()) ?? [];
  let blockedFor = 0;
  const blocks = redis().pipeline();
  scopes.forEach((scope, index) => {
    const [error, count] = results[index * 2] ?? [];
    if (error) throw error;
    const seconds = signInBackoffSeconds({ failures: Number(count), policy: SIGN_IN_POLICY[scope] });
    if (seconds > 0) {
      blocks.set(blockKey(scope, ids[scope]), "1", "EX", seconds);
      blockedFor = Math.max(blockedFor, seconds);
    }
  });
  if (blockedFor > 0) await blocks.exec();
  return blockedFor;
}

/** A successful sign-in forgets the failures of this account from this address. */
export async function clearSignInFailures(subject: Subject): Promise<void> {
  const id = scopeIds(subject)["account-address"];
  await redis().del(failKey("account-address", id), blockKey("account-address", id));
}
