// Finds or starts the PostgreSQL server for `npm start`/`npm run dev` ("app") or `npm test` ("test"):
// DATABASE_URL, else a local server on 127.0.0.1:5432 with user postgres, else embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { projectRoot } from "@/lib/database/project-root";
import { LauncherError } from "@/tools/launcher-error";
import { postgresAnswers, type PostgresAnswer } from "@/tools/postgres-answers";
import { redactUrl } from "@/tools/redact-url";
import { skipLocalServices } from "@/tools/skip-local-services";
import { startEmbeddedPostgres } from "@/tools/start-embedded-postgres";

export type ProvidedPostgres = {
  /** "app": the `conduit` database (or DATABASE_URL as given). "test": the server's `postgres` database. */
  url: string;
  description: string;
  stop(): Promise<void>;
};

const APP_DATABASE = "conduit";
const LOCAL_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const nothingToStop = async () => {};

export async function providePostgres(
  options:
    | {
        purpose: "app";
        /** Instead of `conduit` (not with DATABASE_URL, which is used as given). */
        database?: string;
        /** Drops and recreates that database first (the demo's, whose stand-ins forget everything on exit). */
        fresh?: boolean;
      }
    | { purpose: "test"; scratchDir: string },
): Promise<ProvidedPostgres> {
  const appDatabase = options.purpose === "app" ? { name: options.database ?? APP_DATABASE, fresh: options.fresh ?? false } : undefined;
  const given = options.purpose === "test" ? givenTestServer() : givenAppDatabase();
  if (given) {
    const answer = await postgresAnswers({ url: given.url });
    if (!answer.ok) throw new LauncherError(unreachableMessage({ name: given.name, url: given.url, answer }));
    return { url: given.url, description: `${given.name} (${redactUrl({ url: given.url })})`, stop: nothingToStop };
  }

  let localNote = "";
  if (!skipLocalServices()) {
    const local = await postgresAnswers({ url: LOCAL_ADMIN_URL, timeoutMs: 2_000 });
    if (local.ok) {
      if (options.purpose === "test") return { url: LOCAL_ADMIN_URL, description: "local server on 127.0.0.1:5432 (user postgres)", stop: nothingToStop };
      return {
        url: await ensureDatabase({ adminUrl: LOCAL_ADMIN_URL, ...appDatabase! }),
        description: `local server on 127.0.0.1:5432 (user postgres, database ${appDatabase!.name})`,
        stop: nothingToStop,
      };
    }
    if (local.code !== "ECONNREFUSED") localNote = ` (127.0.0.1:5432 did not accept user postgres: ${local.reason})`;
  }

  if (options.purpose === "test") {
    // The cluster runs as the `postgres` user when we are root, so it must be able to enter the folder.
    await chmod(options.scratchDir, 0o755);
    const password = randomBytes(18).toString("base64url");
    const server = await startEmbeddedPostgres({
      dataDir: path.join(options.scratchDir, "postgres"),
      password,
      logFile: path.join(options.scratchDir, "postgres.log"),
      durable: false,
    });
    return {
      url: serverUrl({ port: server.port, password, database: "postgres" }),
      description: `embedded (temporary, deleted afterwards) on port ${server.port}, ${server.note}${localNote}`,
      stop: server.stop,
    };
  }

  const dataRoot = path.join(projectRoot(), ".data");
  const dataDir = path.join(dataRoot, "postgres");
  const password = await embeddedPassword({ dataDir, file: path.join(dataRoot, "postgres-password") });
  const server = await startEmbeddedPostgres({ dataDir, password, logFile: path.join(dataRoot, "postgres.log"), durable: true });
  try {
    return {
      url: await ensureDatabase({ adminUrl: serverUrl({ port: server.port, password, database: "postgres" }), ...appDatabase! }),
      description: `embedded (.data/postgres) on port ${server.port}, ${server.note}${localNote}`,
      stop: server.stop,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

function givenAppDatabase(): { name: string; url: string } | undefined {
  const url = process.env.DATABASE_URL;
  return url ? { name: "DATABASE_URL", url } : undefined;
}

function givenTestServer(): { name: string; url: string } | undefined {
  if (process.env.TEST_POSTGRES_ADMIN_URL) return { name: "TEST_POSTGRES_ADMIN_URL", url: process.env.TEST_POSTGRES_ADMIN_URL };
  if (!process.env.DATABASE_URL) return undefined;
  try {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    return { name: "the server of DATABASE_URL", url: url.toString() };
  } catch {
    throw new LauncherError("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).");
  }
}

function unreachableMessage({ name, url, answer }: { name: string; url: string; answer: PostgresAnswer & { ok: false } }): string {
  const where = `${name} (${redactUrl({ url })})`;
  if (answer.code === "3D000") {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    return `The database "${database}" in ${where} does not exist. Create it (e.g. \`createdb ${database}\`) or point ${name} at an existing database.`;
  }
  return (
    `PostgreSQL at ${where} did not answer: ${answer.reason}.\n` +
    `Check that the server is running and the URL is right, or unset ${name.includes("TEST_") ? "it" : "DATABASE_URL"} ` +
    "to let Conduit use a local server on 127.0.0.1:5432 or start an embedded PostgreSQL."
  );
}

function serverUrl({ port, password, database }: { port: number; password: string; database: string }): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The embedded cluster's password: made with the cluster, kept beside it, never printed. */
async function embeddedPassword({ dataDir, file }: { dataDir: string; file: string }): Promise<string> {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new LauncherError(
      `${file} is missing, so Conduit cannot log in to the embedded PostgreSQL in ${dataDir}. ` +
        "Restore that file, or move .data/postgres away to start with an empty database.",
    );
  }
  const password = randomBytes(18).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Creates the database if the server lacks it (after dropping it, when `fresh`); returns its URL. */
async function ensureDatabase({ adminUrl, name, fresh = false }: { adminUrl: string; name: string; fresh?: boolean }): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Another launcher created it at the same moment.
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
