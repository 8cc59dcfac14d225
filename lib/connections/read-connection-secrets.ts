// A connection's decrypted secrets, for the server code that calls the app's vendor with them (the
// worker's steps, publishing checks, webhook set-up). Never hand the result to a client component or a log.
import type { CustomerioConnectionWithSecrets } from "@/lib/catalog/customerio/connection/decode-customerio-connection";
import { findApp } from "@/lib/catalog/find-app";
import type { StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { decryptSecret } from "@/lib/crypto/decrypt-secret";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { db } from "@/lib/db";
import { connectionSecretsContext } from "@/lib/connections/connection-secrets-context";
import { connectionIdSchema } from "@/lib/connections/schema";

/**
 * A connection as its app reads it (the app's `connection.decode`). Code that is not an app's own
 * only passes it back to that app: the union names the apps' shapes for the code that is.
 */
export type ConnectionWithSecrets = StripeConnectionWithSecrets | CustomerioConnectionWithSecrets;

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
  const secrets = parseJson({ text: plaintext, connectionId: row.id });
  const app = findApp({ appKey: row.app });
  if (!app) throw new Error(`Connection ${row.id} is for an unknown app "${row.app}".`);
  return app.connection.decode({ id: row.id, config: row.config, secrets }) as ConnectionWithSecrets;
}

/** JSON.parse's own error quotes the input, which here is secret. */
function parseJson({ text, connectionId }: { text: string; connectionId: string }): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`The stored secrets of connection ${connectionId} are not JSON.`);
  }
}
