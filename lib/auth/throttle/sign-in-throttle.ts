// Redis state of sign-in throttling (policy in sign-in-backoff.ts, mechanism in reserve-attempt.ts).
import { redis } from "@/lib/redis";
import { SIGN_IN_POLICY, type ThrottleScope } from "@/lib/auth/throttle/sign-in-backoff";
import { reserveAttempt, type Reservation } from "@/lib/auth/throttle/reserve-attempt";
import { throttleKeys } from "@/lib/auth/throttle/throttle-keys";

export type { Reservation };

interface Subject {
  email: string;
  address: string;
  /** The account signed in from this address before (known-sign-in-address.ts): no per-account limit. */
  knownAddress?: boolean;
}

const scopeValues = ({ email, address }: Subject): Record<ThrottleScope, string> => ({
  "account-address": `${email}\n${address}`,
  address,
  account: email,
});

const scopesOf = ({ knownAddress }: Subject) => (Object.keys(SIGN_IN_POLICY) as ThrottleScope[]).filter((scope) => !(knownAddress && scope === "account"));
const keysOf = (subject: Subject, scope: ThrottleScope) => throttleKeys({ purpose: "sign-in", scope, value: scopeValues(subject)[scope] });

/**
 * Reserves one sign-in attempt: refused while blocked; otherwise counted as a failure until
 * clearSignInFailures says it succeeded. blockedForSeconds > 0 means this attempt used up the
 * allowance: if it fails, the user waits that long.
 */
export async function reserveSignInAttempt(subject: Subject): Promise<Reservation> {
  const values = scopeValues(subject);
  return reserveAttempt({
    purpose: "sign-in",
    scopes: scopesOf(subject).map((scope) => ({ scope, value: values[scope], policy: SIGN_IN_POLICY[scope] })),
  });
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
  const pair = keysOf(subject, "account-address");
  await redis().del(pair.failures, pair.blocked);
  const counted = scopesOf(subject).filter((scope) => scope !== "account-address");
  await redis().eval(REFUND, counted.length, ...counted.map((scope) => keysOf(subject, scope).failures));
}
