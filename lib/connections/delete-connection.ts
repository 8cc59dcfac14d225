import { env } from "@/lib/env";
import { db } from "@/lib/db";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND, connectionIdSchema, stripeConnectionConfigSchema } from "@/lib/connections/schema";
import { deleteWebhookEndpoint } from "@/lib/connections/stripe/delete-webhook-endpoint";
import { StripeSetupError } from "@/lib/connections/stripe/stripe-setup-error";
import { stripeWebhookUrl } from "@/lib/connections/stripe-webhook-url";

export type DeleteConnectionResult = { ok: true; warning?: string } | { ok: false; message: string };

/**
 * Deletes one of the user's connections (with the events received through it, by cascade). For a
 * Stripe account, first deletes the webhook endpoint Conduit created there: best effort, since a
 * revoked key or an unreachable Stripe must not keep the user from removing the connection; the
 * warning then says which endpoint to delete by hand.
 */
export async function deleteConnection({
  userId,
  connectionId,
  apiBase = env().STRIPE_API_BASE,
  appUrl = env().APP_URL,
  keys,
}: {
  userId: string;
  connectionId: string;
  /** Instead of STRIPE_API_BASE (tests). */
  apiBase?: string;
  appUrl?: string;
  keys?: EncryptionKey[];
}): Promise<DeleteConnectionResult> {
  if (!connectionIdSchema.safeParse(connectionId).success) return { ok: false, message: CONNECTION_NOT_FOUND };
  const row = await db.connection.findFirst({ where: { id: connectionId, userId }, select: { id: true, app: true, config: true } });
  if (!row) return { ok: false, message: CONNECTION_NOT_FOUND };

  let warning: string | undefined;
  const config = row.app === "stripe" ? stripeConnectionConfigSchema.safeParse(row.config) : undefined;
  if (config?.success && config.data.webhook.mode === "managed") {
    const { endpointId } = config.data.webhook;
    try {
      const connection = await readConnectionSecrets({ userId, connectionId, keys });
      if (connection?.app === "stripe") await deleteWebhookEndpoint({ secretKey: connection.secrets.secretKey, apiBase, endpointId });
    } catch (error) {
      warning =
        `Conduit could not delete its webhook endpoint in Stripe: ${reasonOf(error)}. ` +
        `In Stripe, open Developers → Webhooks and delete the endpoint ${stripeWebhookUrl({ appUrl, connectionId })} (${endpointId}).`;
    }
  }

  const { count } = await db.connection.deleteMany({ where: { id: connectionId, userId } });
  if (count === 0) return { ok: false, message: CONNECTION_NOT_FOUND };
  return warning ? { ok: true, warning } : { ok: true };
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
