import { captureCustomerioRequests } from "@/lib/catalog/customerio/capture-customerio-requests";
import { createCustomerioClient, type CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { capturingHttpClient } from "@/lib/catalog/stripe/client/capturing-http-client";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import type { ConnectionWithSecrets } from "@/lib/connections/read-connection-secrets";
import { env } from "@/lib/env";
import type { HttpExchange } from "@/lib/http/sent-request";
import type Stripe from "stripe";

/**
 * The SDK client a step's action or lookup receives, for the connection it uses. Every request it
 * makes is appended to `exchanges` (credentials masked); with `dryRun`, recorded and not sent.
 */
export function createStepClient({
  connection,
  exchanges,
  dryRun = false,
}: {
  connection: ConnectionWithSecrets;
  exchanges: HttpExchange[];
  dryRun?: boolean;
}): Stripe | CustomerioClient {
  if (connection.app === "stripe") {
    return createStripeClient({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE, httpClient: capturingHttpClient({ exchanges, dryRun }) });
  }
  const client = createCustomerioClient({ settings: connection.settings, trackUrl: env().CUSTOMERIO_TRACK_URL, appUrl: env().CUSTOMERIO_APP_URL });
  return captureCustomerioRequests({ client, exchanges, dryRun });
}
