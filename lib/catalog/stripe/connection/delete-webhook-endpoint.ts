// Removes the webhook endpoint Conduit created for a connection that is being deleted. An endpoint
// that is already gone (deleted in the dashboard) is fine.
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { stripeSetupErrorFrom } from "@/lib/catalog/stripe/connection/stripe-setup-error";

export interface DeleteWebhookEndpointOptions {
  secretKey: string;
  apiBase?: string;
  endpointId: string;
}

/**
 * Resolves `{ deleted: false }` when Stripe no longer has the endpoint. Throws StripeSetupError
 * otherwise (e.g. a revoked key): the caller decides whether to delete the connection anyway and
 * tell the user to remove the endpoint in Stripe.
 */
export async function deleteWebhookEndpoint({ secretKey, apiBase, endpointId }: DeleteWebhookEndpointOptions): Promise<{ deleted: boolean }> {
  const client = createStripeClient({ secretKey, apiBase });
  try {
    await client.webhookEndpoints.del(endpointId);
    return { deleted: true };
  } catch (error) {
    if (error instanceof client.errors.StripeError && error.statusCode === 404) return { deleted: false };
    throw stripeSetupErrorFrom({ error, action: "deleteWebhook" });
  }
}
