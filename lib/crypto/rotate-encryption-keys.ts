// Re-encrypts every stored secret that an older key encrypted with the current (first) key.
// Connection.secretsCiphertext is the only encrypted column. Each row is replaced only if it still
// holds what was read, so a connection saved meanwhile (already under the current key) is never
// overwritten; a row that cannot be decrypted is reported and left as it is. Rerunning after an
// interruption continues with the rows still under an old key.
import { decryptSecret } from "@/lib/crypto/decrypt-secret";
import { encryptSecret } from "@/lib/crypto/encrypt-secret";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { connectionSecretsContext } from "@/lib/connections/connection-secrets-context";
import { db } from "@/lib/db";

export interface RotationFailure {
  connectionId: string;
  keyId: string;
  reason: string;
}

export interface RotationResult {
  currentKeyId: string;
  rotated: number;
  /** Rows already under the current key (before the run, or made so by a concurrent save). */
  alreadyCurrent: number;
  failed: RotationFailure[];
}

/** A row changed by someone else at every attempt is reported rather than retried forever. */
const ATTEMPTS_PER_ROW = 5;

export async function rotateEncryptionKeys({
  keys,
  batchSize = 100,
  log = () => {},
}: {
  keys: EncryptionKey[];
  batchSize?: number;
  log?: (message: string) => void;
}): Promise<RotationResult> {
  const current = keys[0];
  if (!current) throw new Error("No encryption key is configured: set ENCRYPTION_KEYS (the new key first, the old ones after it).");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`The batch size must be a positive whole number, got ${batchSize}.`);

  const result: RotationResult = { currentKeyId: current.id, rotated: 0, alreadyCurrent: 0, failed: [] };
  result.alreadyCurrent = await db.connection.count({ where: { secretsKeyId: current.id } });

  // Keyset pagination by id: failed rows stay under their old key, so an offset-free cursor is what
  // guarantees progress.
  let after: string | undefined;
  for (;;) {
    const batch = await db.connection.findMany({
      where: { secretsKeyId: { not: current.id }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true, secretsKeyId: true, secretsCiphertext: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1]?.id;
    for (const row of batch) {
      const outcome = await rotateRow({ row, keys });
      if (outcome === "rotated") result.rotated += 1;
      else if (outcome === "current") result.alreadyCurrent += 1;
      else if (outcome !== "gone") result.failed.push(outcome);
    }
    log(`Checked ${batch.length} connection(s): ${result.rotated} rotated so far, ${result.failed.length} failed.`);
  }
  return result;
}

type Row = { id: string; secretsKeyId: string; secretsCiphertext: string };

async function rotateRow({ row, keys }: { row: Row; keys: EncryptionKey[] }): Promise<"rotated" | "current" | "gone" | RotationFailure> {
  const current = keys[0] as EncryptionKey;
  let seen: Row = row;
  for (let attempt = 1; attempt <= ATTEMPTS_PER_ROW; attempt += 1) {
    if (seen.secretsKeyId === current.id) return "current";
    let plaintext: string;
    try {
      plaintext = decryptSecret({ secret: { keyId: seen.secretsKeyId, ciphertext: seen.secretsCiphertext }, context: connectionSecretsContext(seen.id), keys });
    } catch (error) {
      return { connectionId: seen.id, keyId: seen.secretsKeyId, reason: error instanceof Error ? error.message : String(error) };
    }
    const sealed = encryptSecret({ plaintext, context: connectionSecretsContext(seen.id), keys });
    const { count } = await db.connection.updateMany({
      where: { id: seen.id, secretsKeyId: seen.secretsKeyId, secretsCiphertext: seen.secretsCiphertext },
      data: { secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext },
    });
    if (count === 1) return "rotated";
    // Saved or deleted since it was read: start over from what is stored now.
    const now = await db.connection.findUnique({ where: { id: seen.id }, select: { id: true, secretsKeyId: true, secretsCiphertext: true } });
    if (!now) return "gone";
    seen = now;
  }
  return { connectionId: row.id, keyId: seen.secretsKeyId, reason: `The connection changed at each of ${ATTEMPTS_PER_ROW} attempts; run the rotation again.` };
}
