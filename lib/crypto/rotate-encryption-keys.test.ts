// Key rotation against real PostgreSQL. This file has its own database: rotation reads every
// connection, and other files' connections (under the suite's own key) must not show up here.
import { randomBytes, randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StripeSecrets } from "@/lib/catalog/stripe/connection/stripe-connection-schema";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { reloadWithEnv } from "@/test/reload-with-env";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";

const oldKey: EncryptionKey = { id: "k1", key: randomBytes(32) };
const newKey: EncryptionKey = { id: "k2", key: randomBytes(32) };
const removedKey: EncryptionKey = { id: "k0", key: randomBytes(32) };
/** What the app runs with while rotating: the new key first, the old one still listed. */
const duringRotation = [newKey, oldKey];

let database: ScratchDatabase;
let userId: string;
let lib: {
  db: typeof import("@/lib/db").db;
  rotateEncryptionKeys: typeof import("@/lib/crypto/rotate-encryption-keys").rotateEncryptionKeys;
  readConnectionSecrets: typeof import("@/lib/connections/read-connection-secrets").readConnectionSecrets;
};

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_rotation_test" });
  await applyMigrations({ databaseUrl: database.url });
  reloadWithEnv({ DATABASE_URL: database.url });
  lib = {
    db: (await import("@/lib/db")).db,
    rotateEncryptionKeys: (await import("@/lib/crypto/rotate-encryption-keys")).rotateEncryptionKeys,
    readConnectionSecrets: (await import("@/lib/connections/read-connection-secrets")).readConnectionSecrets,
  };
});
beforeEach(async () => {
  await lib.db.connection.deleteMany();
  await lib.db.user.deleteMany();
  userId = (await lib.db.user.create({ data: { email: `rotation-${randomUUID()}@example.com`, passwordHash: "not-used" } })).id;
});
afterAll(async () => {
  await lib?.db.$disconnect();
  await database?.drop();
});

const secretsOf = (n: number): StripeSecrets => ({ secretKey: `sk_test_rotation_${n}_${randomUUID()}`, webhookSigningSecret: `whsec_rotation_${n}` });

/** A Stripe connection whose secrets the given key (the first of `keys`) encrypted. */
async function insertConnection({ secrets, keys }: { secrets: StripeSecrets; keys: EncryptionKey[] }) {
  const id = randomUUID();
  const sealed = sealConnectionSecrets({ connectionId: id, secrets, keys });
  await lib.db.connection.create({
    data: {
      id,
      userId,
      app: "stripe",
      label: "Stripe",
      config: { accountId: "acct_rotation", accountName: null, livemode: false, keyLast4: "0000", webhook: { mode: "manual", signingSecretLast4: "0000" } },
      secretsKeyId: sealed.keyId,
      secretsCiphertext: sealed.ciphertext,
    },
  });
  return { id, secrets, ...sealed };
}

const stored = (id: string) => lib.db.connection.findUniqueOrThrow({ where: { id }, select: { secretsKeyId: true, secretsCiphertext: true, updatedAt: true } });

async function decryptsTo({ id, keys }: { id: string; keys: EncryptionKey[] }) {
  const connection = await lib.readConnectionSecrets({ userId, connectionId: id, keys });
  return connection?.app === "stripe" ? connection.secrets : connection;
}

describe("rotateEncryptionKeys", () => {
  it("re-encrypts every row of the old key with the current key, in batches, to the same secrets", async () => {
    const old = await Promise.all([1, 2, 3, 4, 5].map((n) => insertConnection({ secrets: secretsOf(n), keys: [oldKey] })));
    const current = await insertConnection({ secrets: secretsOf(6), keys: [newKey] });
    const lines: string[] = [];

    const result = await lib.rotateEncryptionKeys({ keys: duringRotation, batchSize: 2, log: (line) => lines.push(line) });

    expect(result).toEqual({ currentKeyId: "k2", rotated: 5, alreadyCurrent: 1, failed: [] });
    expect(lines).toHaveLength(3);
    for (const row of old) {
      const after = await stored(row.id);
      expect(after.secretsKeyId).toBe("k2");
      expect(after.secretsCiphertext).not.toBe(row.ciphertext);
      // Only the new key is needed from now on; the old one no longer opens the row.
      expect(await decryptsTo({ id: row.id, keys: [newKey] })).toEqual(row.secrets);
      await expect(decryptsTo({ id: row.id, keys: [oldKey] })).rejects.toThrow('The encryption key "k2" is not in ENCRYPTION_KEYS');
    }
    expect((await stored(current.id)).secretsCiphertext).toBe(current.ciphertext);
  });

  it("leaves every row readable with the old key listed when it stops half-way, and a rerun finishes the rest", async () => {
    const rows = await Promise.all([1, 2, 3, 4].map((n) => insertConnection({ secrets: secretsOf(n), keys: [oldKey] })));
    const interrupted = lib.rotateEncryptionKeys({
      keys: duringRotation,
      batchSize: 2,
      log: () => {
        throw new Error("interrupted after the first batch");
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted after the first batch");

    const keyIds = await Promise.all(rows.map(async (row) => (await stored(row.id)).secretsKeyId));
    expect(keyIds.sort()).toEqual(["k1", "k1", "k2", "k2"]);
    for (const row of rows) expect(await decryptsTo({ id: row.id, keys: duringRotation })).toEqual(row.secrets);

    expect(await lib.rotateEncryptionKeys({ keys: duringRotation })).toEqual({ currentKeyId: "k2", rotated: 2, alreadyCurrent: 2, failed: [] });
    for (const row of rows) expect(await decryptsTo({ id: row.id, keys: [newKey] })).toEqual(row.secrets);
  });

  it("is a no-op when run again: nothing is rewritten", async () => {
    await Promise.all([1, 2, 3].map((n) => insertConnection({ secrets: secretsOf(n), keys: [oldKey] })));
    await lib.rotateEncryptionKeys({ keys: duringRotation });
    const before = await lib.db.connection.findMany({
      select: { id: true, secretsKeyId: true, secretsCiphertext: true, updatedAt: true },
      orderBy: { id: "asc" },
    });

    expect(await lib.rotateEncryptionKeys({ keys: duringRotation })).toEqual({ currentKeyId: "k2", rotated: 0, alreadyCurrent: 3, failed: [] });
    expect(
      await lib.db.connection.findMany({ select: { id: true, secretsKeyId: true, secretsCiphertext: true, updatedAt: true }, orderBy: { id: "asc" } }),
    ).toEqual(before);
  });

  it("reports a row whose key is no longer in ENCRYPTION_KEYS, leaves it intact and rotates the others", async () => {
    const lost = await insertConnection({ secrets: secretsOf(1), keys: [removedKey] });
    const fine = await insertConnection({ secrets: secretsOf(2), keys: [oldKey] });

    const result = await lib.rotateEncryptionKeys({ keys: duringRotation });

    expect(result.rotated).toBe(1);
    expect(result.failed).toEqual([
      { connectionId: lost.id, keyId: "k0", reason: 'The encryption key "k0" is not in ENCRYPTION_KEYS; add it back to read this secret.' },
    ]);
    expect(await stored(lost.id)).toMatchObject({ secretsKeyId: "k0", secretsCiphertext: lost.ciphertext });
    expect(await decryptsTo({ id: lost.id, keys: [newKey, removedKey] })).toEqual(lost.secrets);
    expect((await stored(fine.id)).secretsKeyId).toBe("k2");
  });

  it("reports a tampered row, and one encrypted with a different key under the same id, without changing them", async () => {
    const tampered = await insertConnection({ secrets: secretsOf(1), keys: [oldKey] });
    const raw = Buffer.from(tampered.ciphertext, "base64");
    raw[40] = (raw[40] ?? 0) ^ 0x01;
    await lib.db.connection.update({ where: { id: tampered.id }, data: { secretsCiphertext: raw.toString("base64") } });
    const impostor = await insertConnection({ secrets: secretsOf(2), keys: [{ id: "k1", key: randomBytes(32) }] });
    const fine = await insertConnection({ secrets: secretsOf(3), keys: [oldKey] });

    const result = await lib.rotateEncryptionKeys({ keys: duringRotation });

    expect(result.rotated).toBe(1);
    const reason = "The stored secret failed authentication: it was altered, or encrypted with a different key.";
    expect(result.failed).toEqual(
      expect.arrayContaining([
        { connectionId: tampered.id, keyId: "k1", reason },
        { connectionId: impostor.id, keyId: "k1", reason },
      ]),
    );
    expect(result.failed).toHaveLength(2);
    expect(await stored(tampered.id)).toMatchObject({ secretsKeyId: "k1", secretsCiphertext: raw.toString("base64") });
    expect(await stored(impostor.id)).toMatchObject({ secretsKeyId: "k1", secretsCiphertext: impostor.ciphertext });
    expect(await decryptsTo({ id: fine.id, keys: [newKey] })).toEqual(fine.secrets);
  });

  it("does not overwrite a connection saved while its row was being rotated", async () => {
    const row = await insertConnection({ secrets: secretsOf(1), keys: [oldKey] });
    // A web process still on the old key list saves new secrets; its transaction holds the row.
    const saved = secretsOf(2);
    const resealed = sealConnectionSecrets({ connectionId: row.id, secrets: saved, keys: [oldKey] });
    const editor = new Client({ connectionString: database.url });
    await editor.connect();
    try {
      await editor.query("BEGIN");
      await editor.query(`UPDATE "Connection" SET "secretsCiphertext" = $1 WHERE id = $2`, [resealed.ciphertext, row.id]);

      const rotation = lib.rotateEncryptionKeys({ keys: duringRotation });
      await waitForBlockedQuery({ client: editor });
      await editor.query("COMMIT");

      expect(await rotation).toEqual({ currentKeyId: "k2", rotated: 1, alreadyCurrent: 0, failed: [] });
    } finally {
      await editor.end();
    }
    expect((await stored(row.id)).secretsKeyId).toBe("k2");
    expect(await decryptsTo({ id: row.id, keys: [newKey] })).toEqual(saved);
  });

  it("refuses an empty key list and a bad batch size with a message saying what to set", async () => {
    await expect(lib.rotateEncryptionKeys({ keys: [] })).rejects.toThrow("set ENCRYPTION_KEYS (the new key first, the old ones after it)");
    await expect(lib.rotateEncryptionKeys({ keys: duringRotation, batchSize: 0 })).rejects.toThrow("The batch size must be a positive whole number, got 0.");
  });
});

/** Resolves once another session waits for a lock `client` holds (the rotation's conditional UPDATE). */
async function waitForBlockedQuery({ client }: { client: Client }): Promise<void> {
  const deadline = Date.now() + 10_000;
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0]?.pid;
  while (Date.now() < deadline) {
    const blocked = await client.query("SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", [pid]);
    if (blocked.rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the rotation never reached the row being saved");
}
