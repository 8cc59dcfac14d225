import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { deleteWebhookEndpoint } from "@/lib/catalog/stripe/connection/delete-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";
import { env } from "@/lib/env";

/**
 * Before a Stripe connection is deleted: deletes the webhook endpoint Conduit created in Stripe. Best
 * effort, since a revoked key or an unreachable Stripe must not keep the user from removing the
 * connection; the warning then says which endpoint to delete by hand.
 */
export async function removeStripeConnection(connection: StripeConnectionWithSecrets, { appUrl }: { appUrl: string }): Promise<string | undefined> {
  const { webhook } = connection.config;
  if (webhook.mode !== "managed") return undefined;
  try {
    await deleteWebhookEndpoint({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE, endpointId: webhook.endpointId });
    return undefined;
  } catch (error) {
    return (
      `Conduit could not delete its webhook endpoint in Stripe: ${reasonOf(error)}. ` +
      `In Stripe, open Developers → Webhooks and delete the endpoint ${stripeWebhookUrl({ appUrl, connectionId: connection.id })} (${webhook.endpointId}).`
    );
  }
}

function reasonOf(error: unknown): string {
  if (!(error instanceof StripeSetupError)) return "the connection's key could not be read";
  switch (error.problem) {
    case "unreachable":
      return "Stripe could not be reached";
    case "invalid_key":
    case "expired_key":
      return "Stripe no longer accepts the connection's key";
    case "missing_permissions":
      return "the connection's key may not delete webhook endpoints";
    case "stripe_unavailable":
      return "Stripe had a problem";
    default:
      return "Stripe refused";
  }
}
