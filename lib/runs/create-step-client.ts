import { createCustomerioClient, type CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import type { ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { env } from "@/lib/env";
import type Stripe from "stripe";

/** The SDK client a step's action or lookup receives, for the connection it uses. */
export function createStepClient({ connection }: { connection: ConnectionWithSecrets }): Stripe | CustomerioClient {
  if (connection.app === "stripe") return createStripeClient({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE });
  return createCustomerioClient({ settings: connection.settings, trackUrl: env().CUSTOMERIO_TRACK_URL, appUrl: env().CUSTOMERIO_APP_URL });
}
