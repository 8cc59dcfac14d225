// Vitest global setup: one migrated scratch database for the whole run, plus test values for the
// variables lib/env.ts requires. Vitest starts its workers after this runs, and they inherit
// process.env, so `env()` and `db` in tests see the scratch database.
import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { deleteRedisKeys } from "@/tools/delete-redis-keys";
import { createScratchDatabase } from "@/test/scratch-database";
import { postgresAdminUrl } from "@/test/postgres-admin-url";

export default async function vitestGlobalSetup(): Promise<() => Promise<void>> {
  const adminUrl = postgresAdminUrl();
  const database = await createScratchDatabase({ adminUrl }).catch((error: unknown) => {
    const shown = new URL(adminUrl);
    shown.password = "";
    throw new Error(
      `Tests need a PostgreSQL server where they may create databases; ${shown} failed: ` +
        `${error instanceof Error ? error.message : String(error)}. Set TEST_POSTGRES_ADMIN_URL (or DATABASE_URL) to one.`,
      { cause: error },
    );
  });
  try {
    await applyMigrations({ databaseUrl: database.url });
  } catch (error) {
    await database.drop();
    throw error;
  }

  // Tests never touch a developer's own database or Redis keys.
  process.env.TEST_POSTGRES_ADMIN_URL = adminUrl;
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_KEY_PREFIX = `conduit-test-${randomBytes(4).toString("hex")}`;
  process.env.REDIS_URL ||= "redis://127.0.0.1:6379";
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEYS ||= `test:${randomBytes(32).toString("base64")}`;

  const redisUrl = process.env.REDIS_URL;
  const prefix = process.env.REDIS_KEY_PREFIX;
  return async () => {
    await Promise.all([database.drop(), deleteRedisKeys({ url: redisUrl, prefix }).catch(() => 0)]);
  };
}
