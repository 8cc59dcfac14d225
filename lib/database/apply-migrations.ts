// Applies prisma/migrations with node-postgres, bookkeeping in _prisma_migrations exactly as Prisma
// does, so `prisma migrate status/deploy` agree wherever Prisma's native engine exists. Our own
// runner because Prisma 7's migrate commands need that engine, which cannot be downloaded offline.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { Client, DatabaseError } from "pg";
import { projectRoot } from "@/lib/database/project-root";
import { readMigrationFiles, type MigrationFile } from "@/lib/database/read-migration-files";

export type ApplyMigrationsOptions = {
  databaseUrl: string;
  /** Relative paths are resolved against the project root, not the cwd. */
  migrationsDir?: string;
  log?: (message: string) => void;
};

export type ApplyMigrationsResult = { applied: string[]; alreadyApplied: string[] };

/** The key `prisma migrate` locks, so our runs and Prisma's also serialise against each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for the table (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; started_at: Date };

/** Applies every migration not yet in the database, each in its own transaction with its bookkeeping row. */
export async function applyMigrations({
  databaseUrl,
  migrationsDir = "prisma/migrations",
  log = () => {},
}: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const migrations = await readMigrationFiles({ dir: path.resolve(projectRoot(), migrationsDir) });
  const client = new Client({ connectionString: databaseUrl });
  // A dropped connection also fails the query in flight; without a listener it would crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows: locked } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_ADVISORY_LOCK_KEY]);
    if (!locked[0]?.locked) {
      log(`Waiting for another migration run to finish (advisory lock ${PRISMA_ADVISORY_LOCK_KEY})…`);
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const pending = checkHistory({ migrations, rows });
    const applied: string[] = [];
    for (const migration of pending) {
      log(`Applying migration ${migration.name}`);
      await applyOne({ client, migration });
      applied.push(migration.name);
    }
    const appliedNow = new Set(applied);
    return { applied, alreadyApplied: migrations.map((m) => m.name).filter((name) => !appliedNow.has(name)) };
  } finally {
    // Ending the session releases the advisory lock too; unlocking first just frees it sooner.
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Refuses to go on when the history is not one we can safely extend; returns the migrations to apply. */
function checkHistory({ migrations, rows }: { migrations: MigrationFile[]; rows: MigrationRow[] }): MigrationFile[] {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => `${row.migration_name} (started ${row.started_at.toISOString()})`).join(", ");
    const first = failed[0]?.migration_name ?? "";
    throw new Error(
      `A previous attempt to apply ${names} failed and was left unfinished, so no migrations were applied. ` +
        `Inspect the database and undo or finish that migration's changes by hand, then mark it: ` +
        `to retry it, UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${first}' AND finished_at IS NULL ` +
        `(same as \`prisma migrate resolve --rolled-back ${first}\`); if you completed it by hand, ` +
        `\`prisma migrate resolve --applied ${first}\`. See https://pris.ly/d/migrate-resolve.`,
    );
  }

  const finished = new Map(live.map((row) => [row.migration_name, row]));
  const onDisk = new Set(migrations.map((m) => m.name));
  const missing = [...finished.keys()].filter((name) => !onDisk.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The database has migrations that are not in the migrations folder: ${missing.join(", ")}. ` +
        `The database is newer than this code; deploy the code that contains them (or restore the folders).`,
    );
  }

  const modified = migrations.filter((m) => {
    const row = finished.get(m.name);
    return row !== undefined && row.checksum !== m.checksum && !checksumMatches({ sql: m.sql, checksum: row.checksum });
  });
  if (modified.length > 0) {
    throw new Error(
      `Migration ${modified.map((m) => m.name).join(", ")} was modified after it was applied (its checksum changed). ` +
        `Applied migrations must not be edited: restore the original migration.sql and put the change in a new migration.`,
    );
  }
  return migrations.filter((m) => !finished.has(m.name));
}

async function applyOne({ client, migration }: { client: Client; migration: MigrationFile }): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: the simple query protocol, which runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${describeError({ error, sql: migration.sql })}`, { cause: error });
  }
}

function describeError({ error, sql }: { error: unknown; sql: string }): string {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof DatabaseError)) return error.message;
  // position counts characters from 1 within the script that failed.
  const line = error.position ? sql.slice(0, Number(error.position) - 1).split("\n").length : undefined;
  return [
    error.message,
    line && `(migration.sql line ${line})`,
    error.detail && `DETAIL: ${error.detail}`,
    error.hint && `HINT: ${error.hint}`,
    error.code && `SQLSTATE ${error.code}`,
  ]
    .filter(Boolean)
    .join(" ");
}

/** Like Prisma, accept the file with either line ending style, so a git autocrlf checkout still matches. */
function checksumMatches({ sql, checksum }: { sql: string; checksum: string }): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => createHash("sha256").update(variant, "utf8").digest("hex") === checksum);
}
