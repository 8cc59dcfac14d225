import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { catalogStripeEvents } from "@/lib/catalog/stripe/connection/catalog-stripe-events";
import { checkPublicAppUrl } from "@/lib/connections/check-public-app-url";
import { lastFour } from "@/lib/connections/last-four";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import type { ConnectionErrorCodes } from "@/lib/connections/connection-error";
import { CONNECTION_NOT_FOUND, type ConnectResult } from "@/lib/connections/schema";
import { type ReplaceStripeKeyInput, type StripeConnectionConfig, type StripeSecrets } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import { ensureWebhookEndpoint, type EnsuredWebhookEndpoint } from "@/lib/catalog/stripe/connection/ensure-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { verifyStripeKey, type VerifiedStripeKey } from "@/lib/catalog/stripe/connection/verify-stripe-key";
import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";

type Field = "connectionId" | "secretKey";

/**
 * Gives a Stripe connection a new key (rolled, or restricted instead of secret) of the same account
 * and mode. The webhook endpoint is reconciled, not re-created: the one Conduit made is kept (and
 * re-created only if it was deleted in Stripe), so events keep their URL and the stored signing
 * secret stays valid. When APP_URL has become public, an endpoint the user added by hand at the
 * connection's URL is adopted.
 */
export async function replaceStripeKey({
  userId,
  input,
  appUrl = env().APP_URL,
  apiBase = env().STRIPE_API_BASE,
  keys,
}: {
  userId: string;
  input: ReplaceStripeKeyInput;
  appUrl?: string;
  apiBase?: string;
  keys?: EncryptionKey[];
}): Promise<ConnectResult<Field>> {
  const connection = await readConnectionSecrets({ userId, connectionId: input.connectionId, keys });
  if (connection?.app !== "stripe") return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };
  const { config, secrets } = connection;

  let account: VerifiedStripeKey;
  try {
    account = await verifyStripeKey({ secretKey: input.secretKey, apiBase });
  } catch (error) {
    return failure(error);
  }
  const mode = (livemode: boolean) => (livemode ? "live" : "test");
  if (account.livemode !== config.livemode) {
    return {
      ok: false,
      fieldErrors: {
        secretKey: `This is a ${mode(account.livemode)} key, and this connection is in ${mode(config.livemode)} mode. Paste a ${mode(config.livemode)} key, or connect the other mode as a new connection.`,
      },
      errorCodes: {
        fieldErrors: { secretKey: { code: "stripe.wrongMode", values: { keyMode: mode(account.livemode), connectionMode: mode(config.livemode) } } },
      },
    };
  }
  if (account.accountId && config.accountId && account.accountId !== config.accountId) {
    return {
      ok: false,
      fieldErrors: { secretKey: `This key belongs to another Stripe account (${account.accountId}). Connect that account as a new connection instead.` },
      errorCodes: { fieldErrors: { secretKey: { code: "stripe.otherAccount", values: { accountId: account.accountId } } } },
    };
  }

  let endpoint: EnsuredWebhookEndpoint | undefined;
  let warning: { warning: string; errorCodes: ConnectionErrorCodes } | undefined;
  if (checkPublicAppUrl({ appUrl }).isPublic) {
    try {
      endpoint = await ensureWebhookEndpoint({
        secretKey: input.secretKey,
        apiBase,
        url: stripeWebhookUrl({ appUrl, connectionId: connection.id }),
        enabledEvents: catalogStripeEvents(),
        endpointId: config.webhook.mode === "managed" ? config.webhook.endpointId : null,
        hasSigningSecret: secrets.webhookSigningSecret !== undefined,
      });
    } catch (error) {
      if (!(error instanceof StripeSetupError && error.problem === "missing_permissions")) return failure(error);
      warning = { warning: `The new key was saved. ${error.message}`, errorCodes: { warning: { ...error.connectionError, note: "keySaved" } } };
    }
  }

  const signingSecret = endpoint?.secret ?? secrets.webhookSigningSecret;
  const newSecrets: StripeSecrets = { secretKey: input.secretKey, ...(signingSecret ? { webhookSigningSecret: signingSecret } : {}) };
  const newConfig: StripeConnectionConfig = {
    ...config,
    accountId: account.accountId ?? config.accountId,
    accountName: account.accountName ?? config.accountName,
    keyLast4: lastFour(input.secretKey),
    webhook: endpoint ? { mode: "managed", endpointId: endpoint.endpointId } : config.webhook,
  };
  const sealed = sealConnectionSecrets({ connectionId: connection.id, secrets: newSecrets, keys });
  const { count } = await db.connection.updateMany({
    where: { id: connection.id, userId },
    data: {
      config: newConfig,
      secretsKeyId: sealed.keyId,
      secretsCiphertext: sealed.ciphertext,
      status: "ACTIVE",
      statusMessage: null,
      lastCheckedAt: new Date(),
    },
  });
  if (count === 0) return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };
  return { ok: true, connectionId: connection.id, ...warning };
}

function failure(error: unknown): ConnectResult<Field> {
  if (!(error instanceof StripeSetupError)) throw error;
  const aboutTheKey = ["malformed_key", "wrong_key_type", "invalid_key", "expired_key", "missing_permissions"].includes(error.problem);
  return aboutTheKey
    ? { ok: false, fieldErrors: { secretKey: error.message }, errorCodes: { fieldErrors: { secretKey: error.connectionError } } }
    : {
        ok: false,
        fieldErrors: {},
        formError: `${error.message} The connection was not changed.`,
        errorCodes: { formError: { ...error.connectionError, note: "connectionUnchanged" } },
      };
}
