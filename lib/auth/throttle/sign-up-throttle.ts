// Sign-up limits (mechanism in reserve-attempt.ts). Each attempt that reaches the "does this email
// have an account?" check counts per client address and per email; an account actually created
// takes its attempt back, so only refusals add up: probing which emails have an account slows
// down to a few tries per hour, while many colleagues signing up from one office address do not.
import { redis } from "@/lib/redis";
import type { ScopePolicy } from "@/lib/auth/throttle/sign-in-backoff";
import { reserveAttempt, type Reservation } from "@/lib/auth/throttle/reserve-attempt";
import { throttleKeys } from "@/lib/auth/throttle/throttle-keys";

export const SIGN_UP_POLICY: Record<"address" | "email", ScopePolicy> = {
  address: { freeFailures: 10, windowSeconds: 60 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60 },
  email: { freeFailures: 3, windowSeconds: 60 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60 },
};

type Subject = { email: string; address: string };
const scopes = ({ email, address }: Subject) => [
  { scope: "address", value: address, policy: SIGN_UP_POLICY.address },
  { scope: "email", value: email, policy: SIGN_UP_POLICY.email },
];

/** Reserves one sign-up attempt; refused while this address or this email is blocked. */
export async function reserveSignUpAttempt(subject: Subject): Promise<Reservation> {
  return reserveAttempt({ purpose: "sign-up", scopes: scopes(subject) });
}

/** An account was created: its attempt was no refusal and takes nothing from the allowances. */
export async function refundSignUpAttempt(subject: Subject): Promise<void> {
  const keys = scopes(subject).map(({ scope, value }) => throttleKeys({ purpose: "sign-up", scope, value }).failures);
  await redis().eval(
    `for i = 1, #KEYS do if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end end return 1`,
    keys.length,
    ...keys,
  );
}
