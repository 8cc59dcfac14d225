import { randomBytes } from "node:crypto";
import { Client } from "pg";

export type ScratchDatabase = { url: string; name: string; drop(): Promise<void> };

/** Creates an empty, randomly named database; `drop()` removes it even if connections are still open. */
export async function createScratchDatabase({ adminUrl, prefix = "conduit_test" }: { adminUrl: string; prefix?: string }): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`Scratch database prefix must be lower-case snake_case (got "${prefix}").`);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin({ adminUrl, sql: `CREATE DATABASE "${name}"` });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin({ adminUrl, sql: `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)` }),
  };
}

async function withAdmin({ adminUrl, sql }: { adminUrl: string; sql: string }): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
