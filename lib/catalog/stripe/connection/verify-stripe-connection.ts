import type { ConnectFailure, VendorOverrides, VerifiedConnection } from "@/lib/catalog/define";
import { stripeSetupFailure } from "@/lib/catalog/stripe/connection/stripe-setup-failure";
import { verifyStripeKey, type VerifiedStripeKey } from "@/lib/catalog/stripe/connection/verify-stripe-key";
import { lastFour } from "@/lib/connections/last-four";
import { env } from "@/lib/env";

/** Connecting Stripe, step 1: the key opens an account (and, restricted, may read what Conduit reads). */
export async function verifyStripeConnection({
  values,
  vendor,
}: {
  values: { secretKey: string };
  vendor?: VendorOverrides;
}): Promise<VerifiedConnection | ConnectFailure> {
  const { secretKey } = values;
  let account: VerifiedStripeKey;
  try {
    account = await verifyStripeKey({ secretKey, apiBase: typeof vendor?.apiBase === "string" ? vendor.apiBase : env().STRIPE_API_BASE });
  } catch (error) {
    return stripeSetupFailure(error);
  }
  const { accountId, accountName, livemode } = account;
  return {
    ok: true,
    config: { accountId, accountName, livemode, keyLast4: lastFour(secretKey) },
    secrets: { secretKey },
    defaultLabel: accountName ?? `Stripe (${livemode ? "live" : "test"})`,
    connected: { accountName, livemode },
  };
}
