// `npm run keys:rotate` as a process, on its own database: what it prints and how it exits.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { postgresAdminUrl } from "@/test/postgres-admin-url";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";

const root = fileURLToPath(new URL("..", import.meta.url));
const oldKey: EncryptionKey = { id: "k1", key: randomBytes(32) };
const newKey: EncryptionKey = { id: "k2", key: randomBytes(32) };
const entry = (key: EncryptionKey) => `${key.id}:${key.key.toString("base64")}`;
const SECRET_KEY = `sk_test_cli_${randomUUID()}`;

let database: ScratchDatabase;
let sql: Client;

beforeAll(async () => {
  database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_rotate_cli_test" });
  await applyMigrations({ databaseUrl: database.url });
  sql = new Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await database?.drop();
});

async function insertConnection({ keys }: { keys: EncryptionKey[] }): Promise<string> {
  const userId = randomUUID();
  const id = randomUUID();
  await sql.query(`INSERT INTO "User" (id, email, "passwordHash", "updatedAt") VALUES ($1, $2, 'not-used', now())`, [userId, `${userId}@example.com`]);
  const sealed = sealConnectionSecrets({ connectionId: id, secrets: { secretKey: SECRET_KEY }, keys });
  await sql.query(
    `INSERT INTO "Connection" (id, "userId", app, label, "secretsKeyId", "secretsCiphertext", "updatedAt") VALUES ($1, $2, 'stripe', 'Stripe', $3, $4, now())`,
    [id, userId, sealed.keyId, sealed.ciphertext],
  );
  return id;
}

async function runCli({ args = [], env }: { args?: string[]; env: Record<string, string> }) {
  // Only what the test gives: the suite's own keys and database must not stand in.
  const inherited = { ...process.env };
  for (const name of ["ENCRYPTION_KEYS", "AUTH_SECRET", "DATABASE_URL"]) delete inherited[name];
  const child = spawn(process.execPath, ["--import", "tsx", "tools/rotate-keys.ts", ...args], { cwd: root, env: { ...inherited, ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, output };
}

describe("npm run keys:rotate", () => {
  it("rotates, says which keys can go, and reports a connection whose key is missing with exit code 1", async () => {
    const rotated = await insertConnection({ keys: [oldKey] });
    const env = { DATABASE_URL: database.url, ENCRYPTION_KEYS: `${entry(newKey)},${entry(oldKey)}` };

    const first = await runCli({ env });
    expect(first.output).toContain('Rotated 1 connection(s); 0 already used "k2"; 0 failed.');
    expect(first.output).toContain('Remove "k1" from ENCRYPTION_KEYS and restart Conduit.');
    expect(first.code).toBe(0);
    expect((await sql.query(`SELECT "secretsKeyId" FROM "Connection" WHERE id = $1`, [rotated])).rows[0]).toEqual({ secretsKeyId: "k2" });

    const orphan = await insertConnection({ keys: [{ id: "k0", key: randomBytes(32) }] });
    const second = await runCli({ env, args: ["--batch-size", "1"] });
    expect(second.output).toContain('Rotated 0 connection(s); 1 already used "k2"; 1 failed.');
    expect(second.output).toContain(`connection ${orphan} (key "k0"): The encryption key "k0" is not in ENCRYPTION_KEYS`);
    expect(second.output).not.toContain(SECRET_KEY);
    expect(second.output).not.toContain(newKey.key.toString("base64"));
    expect(second.code).toBe(1);
  });

  it("prints a new key that follows the configured ids", async () => {
    const { code, output } = await runCli({ args: ["--new-key"], env: { ENCRYPTION_KEYS: `${entry(newKey)},${entry(oldKey)}` } });
    expect(output).toMatch(/^k3:[A-Za-z0-9+/]{43}=\n/);
    expect(output).toContain("Put it first in ENCRYPTION_KEYS, before the current keys (k2, k1)");
    expect(code).toBe(0);
  });

  it("explains a malformed ENCRYPTION_KEYS and an unknown argument", async () => {
    const malformed = await runCli({ env: { DATABASE_URL: database.url, ENCRYPTION_KEYS: "k2:short" } });
    expect(malformed.output).toContain("ENCRYPTION_KEYS is malformed: expected comma-separated <keyId>:<base64 of 32 random bytes> entries");
    expect(malformed.code).toBe(1);
    const unknown = await runCli({ args: ["--all"], env: { DATABASE_URL: database.url, ENCRYPTION_KEYS: entry(newKey) } });
    expect(unknown.output).toContain('Unknown argument "--all".');
    expect(unknown.code).toBe(1);
  });
});
