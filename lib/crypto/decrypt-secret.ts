import { createDecipheriv } from "node:crypto";
import { encryptionKeys, type EncryptionKey } from "@/lib/crypto/encryption-keys";
import type { EncryptedSecret } from "@/lib/crypto/encrypt-secret";

/** Thrown when a secret cannot be decrypted; the message never contains key material. */
export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

export function decryptSecret({ secret, context, keys = encryptionKeys() }: { secret: EncryptedSecret; context: string; keys?: EncryptionKey[] }): string {
  const key = keys.find((candidate) => candidate.id === secret.keyId);
  if (!key) {
    throw new DecryptionError(`The encryption key "${secret.keyId}" is not in ENCRYPTION_KEYS; add it back to read this secret.`);
  }
  const raw = Buffer.from(secret.ciphertext, "base64");
  if (raw.length < 28) throw new DecryptionError("The stored secret is truncated.");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError("The stored secret failed authentication: it was altered, or encrypted with a different key.");
  }
}
