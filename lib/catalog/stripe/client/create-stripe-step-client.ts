import type Stripe from "stripe";
import type { ClientOptions } from "@/lib/catalog/define";
import { capturingHttpClient } from "@/lib/catalog/stripe/client/capturing-http-client";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import { env } from "@/lib/env";

/**
 * The Stripe client a lookup receives: every request recorded (key masked), not sent in a dry run.
 * Each read waits for the account's shared read budget, the one sync and catch-up use, so lookups
 * of many runs at once do not push the account past Stripe's rate limit.
 */
export function createStripeStepClient({ connection, exchanges, dryRun }: ClientOptions<StripeConnectionWithSecrets>): Stripe {
  const { accountId, livemode } = connection.config;
  const beforeSend = async (method: string) => {
    if (method === "GET") await waitForStripeReadSlot({ accountId, connectionId: connection.id, livemode });
  };
  return createStripeClient({
    secretKey: connection.secrets.secretKey,
    apiBase: env().STRIPE_API_BASE,
    httpClient: capturingHttpClient({ exchanges, dryRun, beforeSend }),
  });
}
