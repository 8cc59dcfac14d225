import { encryptSecret, type EncryptedSecret } from "@/lib/crypto/encrypt-secret";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { connectionSecretsContext } from "@/lib/connections/connection-secrets-context";

/** Encrypts a connection's secrets, as one JSON document, bound to the connection's id. */
export function sealConnectionSecrets({
  connectionId,
  secrets,
  keys,
}: {
  connectionId: string;
  /** The app's secrets, as its `connection.decode` reads them back. */
  secrets: object;
  keys?: EncryptionKey[];
}): EncryptedSecret {
  return encryptSecret({ plaintext: JSON.stringify(secrets), context: connectionSecretsContext(connectionId), keys });
}
