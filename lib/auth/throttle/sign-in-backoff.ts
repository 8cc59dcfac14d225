import type { Translate } from "@/lib/i18n/translator";

// Sign-in throttling policy. Failures are counted in three scopes; once a scope passes its free
// allowance, each further failure blocks it for an exponentially growing, capped time. Blocks
// always expire, so an attacker can slow a victim's sign-in but never lock the account for good,
// and the (account, address) scope lets the owner keep signing in from elsewhere meanwhile.

export type ThrottleScope = "account-address" | "address" | "account";

export interface ScopePolicy {
  /** Failures allowed before blocking starts. */
  freeFailures: number;
  /** How long failures are remembered after the last one. */
  windowSeconds: number;
  baseBlockSeconds: number;
  maxBlockSeconds: number;
}

export const SIGN_IN_POLICY: Record<ThrottleScope, ScopePolicy> = {
  "account-address": { freeFailures: 5, windowSeconds: 15 * 60, baseBlockSeconds: 30, maxBlockSeconds: 15 * 60 },
  address: { freeFailures: 20, windowSeconds: 15 * 60, baseBlockSeconds: 60, maxBlockSeconds: 30 * 60 },
  account: { freeFailures: 50, windowSeconds: 60 * 60, baseBlockSeconds: 60, maxBlockSeconds: 15 * 60 },
};

/** Seconds to block a scope after its `failures`-th failure (0 while within the allowance). */
export function signInBackoffSeconds({ failures, policy }: { failures: number; policy: ScopePolicy }): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  return Math.min(policy.baseBlockSeconds * 2 ** Math.min(over - 1, 20), policy.maxBlockSeconds);
}

/** "30 seconds", "1 minute", "15 minutes" (in `t`'s language): for the message that says when to retry. */
export function describeWait({ seconds, t }: { seconds: number; t: Translate }): string {
  if (seconds < 60) return t("common.waitSeconds", { count: Math.max(1, Math.ceil(seconds)) });
  return t("common.waitMinutes", { count: Math.ceil(seconds / 60) });
}
