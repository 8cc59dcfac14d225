import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { deleteWebhookEndpoint } from "@/lib/catalog/stripe/connection/delete-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";
import { env } from "@/lib/env";
import type { ConnectionWarning } from "@/lib/catalog/define";
import type { EndpointNotDeletedReason } from "@/lib/connections/connection-error";
import { translator } from "@/lib/i18n/translator";

/**
 * Before a Stripe connection is deleted: deletes the webhook endpoint Conduit created in Stripe. Best
 * effort, since a revoked key or an unreachable Stripe must not keep the user from removing the
 * connection; the warning then says which endpoint to delete by hand.
 */
export async function removeStripeConnection(connection: StripeConnectionWithSecrets, { appUrl }: { appUrl: string }): Promise<ConnectionWarning | undefined> {
  const { webhook } = connection.config;
  if (webhook.mode !== "managed") return undefined;
  try {
    await deleteWebhookEndpoint({ secretKey: connection.secrets.secretKey, apiBase: env().STRIPE_API_BASE, endpointId: webhook.endpointId });
    return undefined;
  } catch (error) {
    const values = { reason: reasonOf(error), url: stripeWebhookUrl({ appUrl, connectionId: connection.id }), endpointId: webhook.endpointId };
    return {
      warning: (await translator())("connections.errors.stripe.endpointNotDeleted", values),
      warningCode: { code: "stripe.endpointNotDeleted", values },
    };
  }
}

function reasonOf(error: unknown): EndpointNotDeletedReason {
  if (!(error instanceof StripeSetupError)) return "unreadable";
  switch (error.problem) {
    case "unreachable":
      return "unreachable";
    case "invalid_key":
    case "expired_key":
      return "keyRejected";
    case "missing_permissions":
      return "permission";
    case "stripe_unavailable":
      return "unavailable";
    default:
      return "refused";
  }
}
