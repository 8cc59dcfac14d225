// Limits on "forgot password" requests (mechanism in throttle/reserve-attempt.ts): a few emails
// per account per hour, so nobody can flood an inbox, and a few dozen requests per address.
import type { ScopePolicy } from "@/lib/auth/throttle/sign-in-backoff";
import { reserveAttempt, type Reservation } from "@/lib/auth/throttle/reserve-attempt";

export const PASSWORD_RESET_POLICY: Record<"address" | "account", ScopePolicy> = {
  address: { freeFailures: 20, windowSeconds: 60 * 60, baseBlockSeconds: 60, maxBlockSeconds: 60 * 60 },
  account: { freeFailures: 3, windowSeconds: 60 * 60, baseBlockSeconds: 5 * 60, maxBlockSeconds: 60 * 60 },
};

/** Counts one reset request for this email from this address; refused while either is blocked. */
export async function reservePasswordResetRequest({ email, address }: { email: string; address: string }): Promise<Reservation> {
  return reserveAttempt({
    purpose: "password-reset",
    scopes: [
      { scope: "address", value: address, policy: PASSWORD_RESET_POLICY.address },
      { scope: "account", value: email, policy: PASSWORD_RESET_POLICY.account },
    ],
  });
}
