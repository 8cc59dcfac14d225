import { randomBytes } from "node:crypto";

/**
 * A fresh ENCRYPTION_KEYS entry, `<keyId>:<base64 of 32 random bytes>`, whose id follows the
 * existing ones (k1, k2 → k3) and is not one of them.
 */
export function newEncryptionKey({ existingIds }: { existingIds: string[] }): { id: string; entry: string } {
  const numbers = existingIds
    .map((id) => /^k(\d+)$/.exec(id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  let next = Math.max(0, ...numbers) + 1;
  while (existingIds.includes(`k${next}`)) next += 1;
  const id = `k${next}`;
  return { id, entry: `${id}:${randomBytes(32).toString("base64")}` };
}
