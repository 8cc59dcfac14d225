/**
 * The authenticated context a connection's secrets are encrypted with: it binds the ciphertext to
 * its row, so a ciphertext copied onto another connection does not decrypt.
 */
export function connectionSecretsContext(connectionId: string): string {
  return `connection:${connectionId}`;
}
