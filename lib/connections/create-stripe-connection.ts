import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { catalogStripeEvents } from "@/lib/connections/catalog-stripe-events";
import { checkPublicAppUrl } from "@/lib/connections/check-public-app-url";
import { lastFour } from "@/lib/connections/last-four";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import type { ConnectResult, StripeConnected, StripeConnectionConfig, StripeConnectionField, StripeConnectionInput, StripeSecrets } from "@/lib/connections/schema";
import { deleteWebhookEndpoint } from "@/lib/catalog/stripe/connection/delete-webhook-endpoint";
import { ensureWebhookEndpoint, type EnsuredWebhookEndpoint } from "@/lib/catalog/stripe/connection/ensure-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { verifyStripeKey, type VerifiedStripeKey } from "@/lib/catalog/stripe/connection/verify-stripe-key";
import { stripeWebhookUrl } from "@/lib/connections/stripe-webhook-url";
import { logger } from "@/lib/logger";

/**
 * Connects a Stripe account: checks the key with Stripe, then, when Conduit's address is public (or
 * in demo mode, where "Stripe" is the local stand-in), creates the connection's webhook endpoint in
 * Stripe; otherwise the user adds it by hand and saves its signing secret afterwards. Stores the key
 * (and the endpoint's secret) encrypted.
 */
export async function createStripeConnection({
  userId,
  input,
  appUrl = env().APP_URL,
  apiBase = env().STRIPE_API_BASE,
  demo = env().CONDUIT_DEMO,
}: {
  userId: string;
  input: StripeConnectionInput;
  /** Conduit's own address; decides whether Stripe can deliver to it (tests pass a public-looking one). */
  appUrl?: string;
  /** Instead of STRIPE_API_BASE (tests). */
  apiBase?: string;
  /** Instead of CONDUIT_DEMO (tests): the demo's stand-in delivers to any address, localhost included. */
  demo?: boolean;
}): Promise<ConnectResult<StripeConnectionField, StripeConnected>> {
  const { secretKey } = input;
  let account: VerifiedStripeKey;
  try {
    account = await verifyStripeKey({ secretKey, apiBase });
  } catch (error) {
    return setupFailure(error);
  }

  const existing = account.accountId
    ? await db.connection.findFirst({
        where: { userId, app: "stripe", AND: [{ config: { path: ["accountId"], equals: account.accountId } }, { config: { path: ["livemode"], equals: account.livemode } }] },
        select: { label: true },
      })
    : null;
  if (existing) {
    const mode = account.livemode ? "live" : "test";
    return {
      ok: false,
      fieldErrors: { secretKey: `This Stripe account is already connected in ${mode} mode as “${existing.label}”. To use another key for it, use Replace key on that connection.` },
    };
  }

  const id = randomUUID();
  const webhookUrl = stripeWebhookUrl({ appUrl, connectionId: id });
  let endpoint: EnsuredWebhookEndpoint | undefined;
  let warning: string | undefined;
  if (demo || checkPublicAppUrl({ appUrl }).isPublic) {
    try {
      endpoint = await ensureWebhookEndpoint({ secretKey, apiBase, url: webhookUrl, enabledEvents: catalogStripeEvents() });
    } catch (error) {
      // A restricted key without "Webhook Endpoints: Write" still works: the user adds the endpoint.
      if (!(error instanceof StripeSetupError && error.problem === "missing_permissions")) return setupFailure(error);
      warning = `${error.message} Until then, add the endpoint in Stripe yourself, as shown here.`;
    }
  }

  const secrets: StripeSecrets = { secretKey, ...(endpoint?.secret ? { webhookSigningSecret: endpoint.secret } : {}) };
  const sealed = sealConnectionSecrets({ connectionId: id, secrets });
  const config: StripeConnectionConfig = {
    accountId: account.accountId,
    accountName: account.accountName,
    livemode: account.livemode,
    keyLast4: lastFour(secretKey),
    webhook: endpoint ? { mode: "managed", endpointId: endpoint.endpointId } : { mode: "manual", signingSecretLast4: null },
  };
  const label = input.label ?? account.accountName ?? `Stripe (${account.livemode ? "live" : "test"})`;
  try {
    await db.connection.create({
      data: { id, userId, app: "stripe", label, config, secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext, status: "ACTIVE", lastCheckedAt: new Date() },
    });
  } catch (error) {
    // Without its row, the endpoint just created would deliver to a URL that answers 404.
    if (endpoint) await removeOrphanEndpoint({ secretKey, apiBase, endpointId: endpoint.endpointId });
    throw error;
  }

  return {
    ok: true,
    connectionId: id,
    label,
    accountName: account.accountName,
    livemode: account.livemode,
    webhook: endpoint ? { mode: "managed" } : { mode: "manual", url: webhookUrl },
    ...(warning ? { warning } : {}),
  };
}

function setupFailure(error: unknown): ConnectResult<StripeConnectionField, StripeConnected> {
  if (!(error instanceof StripeSetupError)) throw error;
  const aboutTheKey = ["malformed_key", "wrong_key_type", "invalid_key", "expired_key", "missing_permissions"].includes(error.problem);
  return aboutTheKey ? { ok: false, fieldErrors: { secretKey: error.message } } : { ok: false, fieldErrors: {}, formError: `${error.message} Nothing was saved.` };
}

async function removeOrphanEndpoint({ secretKey, apiBase, endpointId }: { secretKey: string; apiBase?: string; endpointId: string }) {
  await deleteWebhookEndpoint({ secretKey, apiBase, endpointId }).catch((error: unknown) => {
    logger.warn("Could not delete the webhook endpoint of a Stripe connection that failed to save", { endpointId, problem: error instanceof Error ? error.message : String(error) });
  });
}
