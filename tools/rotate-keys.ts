// `npm run keys:rotate`: re-encrypts every stored secret with the first key of ENCRYPTION_KEYS
// (lib/crypto/rotate-encryption-keys.ts). Finds the database and the keys the way `npm start` does:
// DATABASE_URL / ENCRYPTION_KEYS from the environment, else the local PostgreSQL or embedded
// .data/postgres, and the keys in .env.local. `-- --new-key` prints a fresh key to add first.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { newEncryptionKey } from "@/lib/crypto/new-encryption-key";
import type { EncryptionKey } from "@/lib/crypto/encryption-keys";
import { projectRoot } from "@/lib/database/project-root";
import { envSchema } from "@/lib/env";
import { LauncherError } from "@/tools/launcher-error";
import { parseEnvFile } from "@/tools/parse-env-file";
import { providePostgres } from "@/tools/provide-postgres";

const USAGE = `Usage:
  npm run keys:rotate                      re-encrypt every stored secret with the first key of ENCRYPTION_KEYS
  npm run keys:rotate -- --batch-size 500  the same, 500 connections per batch (default 100)
  npm run keys:rotate -- --new-key         print a fresh key to put first in ENCRYPTION_KEYS

Rotating a key:
  1. Put a new key first in ENCRYPTION_KEYS, keeping the old key after it, and restart Conduit
     (web and worker) so that everything encrypts with the new key and still decrypts with the old.
  2. npm run keys:rotate (repeat until it reports no failures).
  3. Remove the old key from ENCRYPTION_KEYS and restart Conduit.`;

class UsageError extends Error {}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof LauncherError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const settings = readSettings();
  const keys = parseKeys(settings.ENCRYPTION_KEYS);

  if (options.newKey) {
    const { id, entry } = newEncryptionKey({ existingIds: keys?.map((key) => key.id) ?? [] });
    console.log(entry);
    console.error(
      `\nA new key "${id}" (printed above; keep it as safe as the others). Put it first in ENCRYPTION_KEYS${settings.from === ".env.local" ? " in .env.local" : ""}, ` +
        `before the current key${keys && keys.length > 0 ? `s (${keys.map((key) => key.id).join(", ")})` : ""}, restart Conduit, then run \`npm run keys:rotate\`.`,
    );
    return 0;
  }
  if (!keys) {
    throw new UsageError(
      "ENCRYPTION_KEYS is not set, and .env.local has none. Set it to the keys Conduit runs with, the new key first, e.g.\n" +
        "  ENCRYPTION_KEYS=k2:<new key>,k1:<old key> npm run keys:rotate\n(`npm run keys:rotate -- --new-key` makes a new key.)",
    );
  }

  const postgres = await providePostgres({ purpose: "app" });
  console.log(`PostgreSQL: ${postgres.description}`);
  console.log(`Keys (${settings.from}): ${keys.map((key) => key.id).join(", ")}; re-encrypting with "${keys[0]?.id}".`);
  console.log("Conduit must already run with these keys (see step 1 of --help): a web or worker without the new key cannot read what this rotates.");
  // lib/env.ts (behind lib/db.ts) is read on first use: fill it in before loading them.
  process.env.DATABASE_URL = postgres.url;
  process.env.ENCRYPTION_KEYS = settings.ENCRYPTION_KEYS;
  // Required by lib/env.ts, never used by the rotation.
  process.env.AUTH_SECRET ||= settings.AUTH_SECRET || "not-used-by-keys-rotate-0000000000000000";
  const { db } = await import("@/lib/db");
  const { rotateEncryptionKeys } = await import("@/lib/crypto/rotate-encryption-keys");
  try {
    const result = await rotateEncryptionKeys({ keys, batchSize: options.batchSize, log: (line) => console.log(line) });
    console.log(`Rotated ${result.rotated} connection(s); ${result.alreadyCurrent} already used "${result.currentKeyId}"; ${result.failed.length} failed.`);
    for (const failure of result.failed) console.log(`  connection ${failure.connectionId} (key "${failure.keyId}"): ${failure.reason}`);
    if (result.failed.length > 0) {
      console.log(
        "Keep the old keys in ENCRYPTION_KEYS. Add back any missing key (after the current one) and run `npm run keys:rotate` again; " +
          "a connection whose key is lost or whose secrets were altered must be deleted and connected again in Conduit.",
      );
      return 1;
    }
    const others = keys.slice(1).map((key) => key.id);
    console.log(
      others.length > 0
        ? `Every stored secret now uses "${result.currentKeyId}". Remove ${others.map((id) => `"${id}"`).join(", ")} from ENCRYPTION_KEYS and restart Conduit.`
        : `Every stored secret uses "${result.currentKeyId}".`,
    );
    return 0;
  } catch (error) {
    if ((error as { code?: string }).code === "P2021") {
      throw new UsageError("This database has no Conduit tables yet: run `npm run db:migrate` (or `npm start` once) first.");
    }
    throw error;
  } finally {
    await db.$disconnect();
    await postgres.stop();
  }
}

function parseArgs(args: string[]): { help: boolean; newKey: boolean; batchSize: number } {
  const options = { help: false, newKey: false, batchSize: 100 };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--new-key") options.newKey = true;
    else if (arg === "--batch-size") {
      const value = Number(args[(i += 1)]);
      if (!Number.isInteger(value) || value < 1) throw new UsageError(`--batch-size needs a positive whole number, e.g. --batch-size 500.\n\n${USAGE}`);
      options.batchSize = value;
    } else throw new UsageError(`Unknown argument "${arg}".\n\n${USAGE}`);
  }
  return options;
}

/** The environment wins over .env.local, as in tools/local-secrets.ts; nothing is generated here. */
function readSettings(): { ENCRYPTION_KEYS?: string; AUTH_SECRET?: string; from: string } {
  if (process.env.ENCRYPTION_KEYS) return { ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS, AUTH_SECRET: process.env.AUTH_SECRET, from: "the environment" };
  const file = path.join(projectRoot(), ".env.local");
  const stored = existsSync(file) ? parseEnvFile(readFileSync(file, "utf8")) : {};
  return { ENCRYPTION_KEYS: stored.ENCRYPTION_KEYS, AUTH_SECRET: process.env.AUTH_SECRET || stored.AUTH_SECRET, from: ".env.local" };
}

function parseKeys(value: string | undefined): EncryptionKey[] | undefined {
  if (!value) return undefined;
  const parsed = envSchema.shape.ENCRYPTION_KEYS.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(`ENCRYPTION_KEYS is malformed: ${parsed.error.issues.map((issue) => issue.message).join("; ")}.`);
  }
  return parsed.data;
}
