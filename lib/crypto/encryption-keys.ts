import { env } from "@/lib/env";

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** ENCRYPTION_KEYS, parsed: the first key encrypts, every key decrypts. */
export function encryptionKeys(): EncryptionKey[] {
  return env().ENCRYPTION_KEYS;
}
