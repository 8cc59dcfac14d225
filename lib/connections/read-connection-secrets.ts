// A connection's decrypted secrets, for the server code that calls Stripe or Customer.io with them
// (the worker's actions, webhook set-up). Never hand the result to a client component or a log.
import type { CustomerioConnectionSettings } from "@/lib/catalog/customerio/create-customerio-client";
import { decryptSecret } from "@/lib/crypto/decrypt-secret";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { db } from "@/lib/db";
import { connectionSecretsContext } from "@/lib/connections/connection-secrets-context";
import {
  connectionIdSchema,
  customerioConnectionConfigSchema,
  customerioSecretsSchema,
  stripeConnectionConfigSchema,
  stripeSecretsSchema,
  type CustomerioConnectionConfig,
  type StripeConnectionConfig,
  type StripeSecrets,
} from "@/lib/connections/schema";

export type ConnectionWithSecrets =
  | { id: string; app: "stripe"; config: StripeConnectionConfig; secrets: StripeSecrets }
  | { id: string; app: "customerio"; config: CustomerioConnectionConfig; settings: CustomerioConnectionSettings };

/** The user's connection with its secrets decrypted, or null when the user has no such connection. */
export async function readConnectionSecrets({
  userId,
  connectionId,
  keys,
}: {
  userId: string;
  connectionId: string;
  keys?: EncryptionKey[];
}): Promise<ConnectionWithSecrets | null> {
  if (!connectionIdSchema.safeParse(connectionId).success) return null;
  const row = await db.connection.findFirst({
    where: { id: connectionId, userId },
    select: { id: true, app: true, config: true, secretsKeyId: true, secretsCiphertext: true },
  });
  if (!row) return null;
  return decodeConnectionSecrets({ row, keys });
}

export interface StoredConnectionRow {
  id: string;
  app: string;
  config: unknown;
  secretsKeyId: string;
  secretsCiphertext: string;
}

/** Decrypts and validates a connection row already read (with its secrets columns) by the caller. */
export function decodeConnectionSecrets({ row, keys }: { row: StoredConnectionRow; keys?: EncryptionKey[] }): ConnectionWithSecrets {
  const plaintext = decryptSecret({
    secret: { keyId: row.secretsKeyId, ciphertext: row.secretsCiphertext },
    context: connectionSecretsContext(row.id),
    keys,
  });
  const stored = parseJson({ text: plaintext, connectionId: row.id });
  if (row.app === "stripe") {
    return { id: row.id, app: "stripe", config: stripeConnectionConfigSchema.parse(row.config), secrets: stripeSecretsSchema.parse(stored) };
  }
  if (row.app === "customerio") {
    const config = customerioConnectionConfigSchema.parse(row.config);
    const secrets = customerioSecretsSchema.parse(stored);
    return {
      id: row.id,
      app: "customerio",
      config,
      settings: { siteId: config.siteId, region: config.region, trackApiKey: secrets.trackApiKey, ...(secrets.appApiKey ? { appApiKey: secrets.appApiKey } : {}) },
    };
  }
  throw new Error(`Connection ${row.id} is for an unknown app "${row.app}".`);
}

/** JSON.parse's own error quotes the input, which here is secret. */
function parseJson({ text, connectionId }: { text: string; connectionId: string }): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`The stored secrets of connection ${connectionId} are not JSON.`);
  }
}
