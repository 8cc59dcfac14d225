import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { stripeSetupErrorFrom } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { verifyStripeKey } from "@/lib/catalog/stripe/connection/verify-stripe-key";
import { env } from "@/lib/env";

/** Whether Stripe still accepts the connection's key (publishing checks); why not, in words. */
export async function checkStripeConnection(connection: StripeConnectionWithSecrets): Promise<string | null> {
  try {
    await verifyStripeKey({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE });
    return null;
  } catch (error) {
    return `Stripe refused this connection's key: ${stripeSetupErrorFrom({ error, action: "checkKey" }).message}`;
  }
}
