import type Stripe from "stripe";
import type { ClientOptions } from "@/lib/catalog/define";
import { capturingHttpClient } from "@/lib/catalog/stripe/client/capturing-http-client";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { env } from "@/lib/env";

/** The Stripe client a lookup receives: every request recorded (key masked), not sent in a dry run. */
export function createStripeStepClient({ connection, exchanges, dryRun }: ClientOptions<StripeConnectionWithSecrets>): Stripe {
  return createStripeClient({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE, httpClient: capturingHttpClient({ exchanges, dryRun }) });
}
