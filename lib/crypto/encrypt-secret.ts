// AES-256-GCM. The stored form is base64(iv ‖ tag ‖ ciphertext) plus the id of the key, kept in
// its own column so rotation can find what an old key encrypted. `context` is authenticated but not
// stored (e.g. "connection:<id>"), so a ciphertext copied to another row does not decrypt.
import { createCipheriv, randomBytes } from "node:crypto";
import { encryptionKeys, type EncryptionKey } from "@/lib/crypto/encryption-keys";

export interface EncryptedSecret {
  keyId: string;
  ciphertext: string;
}

export function encryptSecret({
  plaintext,
  context,
  keys = encryptionKeys(),
}: {
  plaintext: string;
  context: string;
  keys?: EncryptionKey[];
}): EncryptedSecret {
  const current = keys[0];
  if (!current) throw new Error("No encryption key is configured (ENCRYPTION_KEYS).");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { keyId: current.id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64") };
}
