import type { ConnectedSetup, ConnectFailure, VendorOverrides } from "@/lib/catalog/define";
import { deleteWebhookEndpoint } from "@/lib/catalog/stripe/connection/delete-webhook-endpoint";
import { ensureWebhookEndpoint, type EnsuredWebhookEndpoint } from "@/lib/catalog/stripe/connection/ensure-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { stripeSetupFailure } from "@/lib/catalog/stripe/connection/stripe-setup-failure";
import { catalogStripeEvents } from "@/lib/catalog/stripe/connection/catalog-stripe-events";
import { checkPublicAppUrl } from "@/lib/connections/check-public-app-url";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Connecting Stripe, step 2: when Conduit's address is public (or in demo mode, where "Stripe" is the
 * local stand-in, which delivers to any address), creates the connection's webhook endpoint in
 * Stripe; otherwise the user adds it by hand and saves its signing secret afterwards.
 */
export async function connectStripeWebhook({
  connectionId,
  secrets,
  appUrl,
  vendor,
}: {
  connectionId: string;
  secrets: Record<string, unknown>;
  appUrl: string;
  /** apiBase: instead of STRIPE_API_BASE; demo: instead of CONDUIT_DEMO (tests). */
  vendor?: VendorOverrides;
}): Promise<ConnectedSetup | ConnectFailure> {
  const secretKey = String(secrets.secretKey);
  const apiBase = typeof vendor?.apiBase === "string" ? vendor.apiBase : env().STRIPE_API_BASE;
  const demo = typeof vendor?.demo === "boolean" ? vendor.demo : env().CONDUIT_DEMO;
  const webhookUrl = stripeWebhookUrl({ appUrl, connectionId });
  let endpoint: EnsuredWebhookEndpoint | undefined;
  let warning: Pick<ConnectedSetup, "warning" | "warningCode"> = {};
  if (demo || checkPublicAppUrl({ appUrl }).isPublic) {
    try {
      endpoint = await ensureWebhookEndpoint({ secretKey, apiBase, url: webhookUrl, enabledEvents: catalogStripeEvents() });
    } catch (error) {
      // A restricted key without "Webhook Endpoints: Write" still works: the user adds the endpoint.
      if (!(error instanceof StripeSetupError && error.problem === "missing_permissions")) return stripeSetupFailure(error);
      warning = {
        warning: `${error.message} Until then, add the endpoint in Stripe yourself, as shown here.`,
        warningCode: { ...error.connectionError, note: "addEndpointYourself" },
      };
    }
  }
  if (!endpoint) {
    return {
      ok: true,
      config: { webhook: { mode: "manual", signingSecretLast4: null } },
      connected: { webhook: { mode: "manual", url: webhookUrl } },
      ...warning,
    };
  }
  const { endpointId } = endpoint;
  return {
    ok: true,
    config: { webhook: { mode: "managed", endpointId } },
    secrets: endpoint.secret ? { webhookSigningSecret: endpoint.secret } : {},
    connected: { webhook: { mode: "managed" } },
    // Without its row, the endpoint just created would deliver to a URL that answers 404.
    async undo() {
      await deleteWebhookEndpoint({ secretKey, apiBase, endpointId }).catch((error: unknown) => {
        logger.warn("Could not delete the webhook endpoint of a Stripe connection that failed to save", {
          endpointId,
          problem: error instanceof Error ? error.message : String(error),
        });
      });
    },
  };
}
