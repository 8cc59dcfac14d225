// Argon2id with OWASP's minimum parameters (m = 19 MiB, t = 2, p = 1).
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2's default algorithm is Argon2id (its Algorithm enum is a const enum that
  // isolatedModules cannot import); password-hash.test.ts checks the "$argon2id$" prefix.
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
