import { db } from "@/lib/db";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { lastFour } from "@/lib/connections/last-four";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND, type ConnectResult } from "@/lib/connections/schema";
import { type SigningSecretInput, type StripeConnectionConfig } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";

/**
 * Stores the signing secret of a webhook endpoint the user added in Stripe's dashboard themselves
 * (when Conduit's address is not public), encrypted with the connection's other secrets.
 */
export async function saveStripeSigningSecret({
  userId,
  input,
  keys,
}: {
  userId: string;
  input: SigningSecretInput;
  keys?: EncryptionKey[];
}): Promise<ConnectResult<"connectionId" | "signingSecret">> {
  const connection = await readConnectionSecrets({ userId, connectionId: input.connectionId, keys });
  if (connection?.app !== "stripe") return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };
  if (connection.config.webhook.mode === "managed") {
    return { ok: false, fieldErrors: { signingSecret: "Conduit created this connection's endpoint in Stripe and already holds its signing secret." } };
  }

  const sealed = sealConnectionSecrets({ connectionId: connection.id, secrets: { ...connection.secrets, webhookSigningSecret: input.signingSecret }, keys });
  const config: StripeConnectionConfig = { ...connection.config, webhook: { mode: "manual", signingSecretLast4: lastFour(input.signingSecret) } };
  const { count } = await db.connection.updateMany({
    where: { id: connection.id, userId },
    data: { config, secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext },
  });
  if (count === 0) return { ok: false, fieldErrors: { connectionId: CONNECTION_NOT_FOUND } };
  return { ok: true, connectionId: connection.id };
}
