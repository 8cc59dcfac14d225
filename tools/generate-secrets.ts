import { randomBytes } from "node:crypto";

export type Secrets = { AUTH_SECRET: string; ENCRYPTION_KEYS: string };

/** Fresh values in the formats lib/env.ts expects. */
export function generateSecrets({ keyId = "k1" }: { keyId?: string } = {}): Secrets {
  return {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEYS: `${keyId}:${randomBytes(32).toString("base64")}`,
  };
}
