// Offline SQL for a Prisma schema change. Prisma 7's `migrate diff` needs a native engine that cannot
// be downloaded offline, so this runs Prisma 6.19's CLI (devDependency `prisma6`) on its WebAssembly
// engine; see /work/shared/notes/prisma-offline.md for the recipe.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type SchemaToSqlOptions = {
  /** Schema file to diff from; null or omitted means an empty database. */
  fromSchema?: string | null;
  /** Schema file to diff to. */
  toSchema: string;
  /** Any reachable PostgreSQL: Prisma 6 connects but reads nothing from it. Defaults to DATABASE_URL. */
  databaseUrl?: string;
};

const EMPTY_MIGRATION = "-- This is an empty migration.";
// Every PostgreSQL database has "public"; the statement would still need CREATE on the database.
const CREATE_PUBLIC_SCHEMA = /^-- CreateSchema\r?\nCREATE SCHEMA IF NOT EXISTS "public";\r?\n(\r?\n)?/m;

/** The SQL that turns a database matching `fromSchema` into one matching `toSchema` ("" if none). */
export async function schemaToSql({ fromSchema = null, toSchema, databaseUrl = process.env.DATABASE_URL }: SchemaToSqlOptions): Promise<string> {
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set: Prisma 6's migrate diff must connect to some PostgreSQL, although it reads nothing from it.");
  }
  const require = createRequire(import.meta.url);
  const prismaCli = path.join(path.dirname(require.resolve("prisma6/package.json")), "build", "index.js");
  const adapterUrl = pathToFileURL(require.resolve("@prisma/adapter-pg")).href;

  const dir = await mkdtemp(path.join(tmpdir(), "conduit-schema-to-sql-"));
  try {
    const config = path.join(dir, "p6.config.mjs");
    const dummyEngine = path.join(dir, "no-engine");
    await writeFile(dummyEngine, "");
    // A plain object: `defineConfig` would resolve to Prisma 7's. allowExitOnIdle lets the CLI exit
    // at once instead of waiting out the pool's 10 s idle timeout.
    await writeFile(
      config,
      `import { PrismaPg } from ${JSON.stringify(adapterUrl)};\n` +
        `export default { engine: "js", experimental: { adapter: true }, async adapter() {\n` +
        `  return new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true });\n} };\n`,
    );
    const args = ["migrate", "diff", "--config", config];
    if (fromSchema) args.push("--from-schema-datamodel", await copyWithUrl({ schema: fromSchema, to: path.join(dir, "from.prisma") }));
    else args.push("--from-empty");
    args.push("--to-schema-datamodel", await copyWithUrl({ schema: toSchema, to: path.join(dir, "to.prisma") }), "--script");

    const sql = await run({
      command: process.execPath,
      args: [prismaCli, ...args],
      cwd: dir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: dummyEngine,
        PRISMA_QUERY_ENGINE_LIBRARY: dummyEngine,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    const script = sql.replace(CREATE_PUBLIC_SCHEMA, "");
    return script.trim() === EMPTY_MIGRATION || script.trim() === "" ? "" : script;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prisma 6 requires `url` in the datasource block, which Prisma 7 forbids in schema.prisma. */
async function copyWithUrl({ schema, to }: { schema: string; to: string }): Promise<string> {
  const text = await readFile(schema, "utf8");
  const datasource = /^(\s*datasource\s+\w+\s*\{)/m;
  if (!datasource.test(text)) throw new Error(`${schema} has no datasource block.`);
  await writeFile(to, text.replace(datasource, `$1\n  url = env("DATABASE_URL")`));
  return to;
}

function run({ command, args, cwd, env }: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`prisma6 migrate diff failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`));
    });
  });
}
