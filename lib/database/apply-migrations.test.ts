import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { projectRoot } from "@/lib/database/project-root";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";
import { postgresAdminUrl } from "@/test/postgres-admin-url";

type Row = { id: string; migration_name: string; checksum: string; started_at: Date; finished_at: Date | null; applied_steps_count: number };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function scratchDatabase(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_test_migrate" });
  cleanups.push(() => database.drop());
  return database;
}

/** A migrations folder in Prisma's layout with the given migration.sql contents. */
async function migrationsFolder(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "conduit-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = (url: string) => query<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name, started_at`);
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

describe("applyMigrations", () => {
  it("applies the project's migrations to a fresh database and records them as Prisma does", async () => {
    const database = await scratchDatabase();
    const migrationsDir = path.join(projectRoot(), "prisma", "migrations");
    const onDisk = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(onDisk.length).toBeGreaterThan(0);

    const result = await applyMigrations({ databaseUrl: database.url });

    expect(result).toEqual({ applied: onDisk, alreadyApplied: [] });
    const rows = await migrationRows(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.checksum).toBe(sha256(await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"))));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    const tables = await query<{ table_name: string }>(database.url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Run", "_prisma_migrations"]));
  });

  it("creates _prisma_migrations with Prisma's column definitions", async () => {
    const database = await scratchDatabase();
    await applyMigrations({ databaseUrl: database.url, migrationsDir: await migrationsFolder({}) });
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null; length: number | null }>(
      database.url,
      `SELECT column_name, data_type, is_nullable, column_default, character_maximum_length AS length
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", column_default: null, length: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", column_default: null, length: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, length: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", column_default: null, length: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", column_default: null, length: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, length: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", column_default: "now()", length: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", column_default: "0", length: null },
    ]);
  });

  it("applies nothing and adds no rows when run again", async () => {
    const database = await scratchDatabase();
    const first = await applyMigrations({ databaseUrl: database.url });
    const rowsBefore = await migrationRows(database.url);

    const second = await applyMigrations({ databaseUrl: database.url });

    expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
    expect(await migrationRows(database.url)).toEqual(rowsBefore);
  });

  it("applies each migration exactly once when two runs start at the same time", async () => {
    const database = await scratchDatabase();
    const migrationsDir = await migrationsFolder({
      "20260101000000_first": `CREATE TABLE "Counter" ("id" INTEGER PRIMARY KEY);`,
      // Not idempotent: a second application would fail on the primary key.
      "20260102000000_second": `INSERT INTO "Counter" ("id") VALUES (1);`,
    });

    const settled = await Promise.allSettled([1, 2].map(() => applyMigrations({ databaseUrl: database.url, migrationsDir })));

    expect(settled.map((s) => (s.status === "rejected" ? String(s.reason) : s.status))).toEqual(["fulfilled", "fulfilled"]);
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const names = ["20260101000000_first", "20260102000000_second"];
    expect(results.map((r) => r.applied).sort((a, b) => b.length - a.length)).toEqual([names, []]);
    expect(results.map((r) => r.alreadyApplied).sort((a, b) => a.length - b.length)).toEqual([[], names]);
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(names);
    expect(await query(database.url, `SELECT * FROM "Counter"`)).toEqual([{ id: 1 }]);
  });

  it("rolls a failing migration back completely and names it in the error", async () => {
    const database = await scratchDatabase();
    const migrationsDir = await migrationsFolder({
      "20260101000000_good": `CREATE TABLE "Good" ("id" INTEGER PRIMARY KEY);`,
      "20260102000000_broken": `CREATE TABLE "HalfDone" ("id" INTEGER);\n\nINSERT INTO "Nowhere" VALUES (1);`,
      "20260103000000_after": `CREATE TABLE "After" ("id" INTEGER);`,
    });

    const error = await applyMigrations({ databaseUrl: database.url, migrationsDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/20260102000000_broken.*relation "Nowhere" does not exist.*line 3/);
    const tables = await query<{ table_name: string }>(
      database.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["Good", "_prisma_migrations"]);
    const rows = await migrationRows(database.url);
    expect(rows.map((row) => [row.migration_name, row.finished_at !== null])).toEqual([["20260101000000_good", true]]);

    // Nothing to resolve by hand: once fixed, the migration simply applies.
    await writeFile(path.join(migrationsDir, "20260102000000_broken", "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);`);
    const retry = await applyMigrations({ databaseUrl: database.url, migrationsDir });
    expect(retry).toEqual({ applied: ["20260102000000_broken", "20260103000000_after"], alreadyApplied: ["20260101000000_good"] });
  });

  it("refuses to go on when an applied migration was edited, and re-applies nothing", async () => {
    const database = await scratchDatabase();
    const migrationsDir = await migrationsFolder({ "20260101000000_first": `CREATE TABLE "First" ("id" INTEGER);` });
    await applyMigrations({ databaseUrl: database.url, migrationsDir });
    await writeFile(path.join(migrationsDir, "20260101000000_first", "migration.sql"), `CREATE TABLE "First" ("id" BIGINT);`);
    await mkdir(path.join(migrationsDir, "20260102000000_second"));
    await writeFile(path.join(migrationsDir, "20260102000000_second", "migration.sql"), `CREATE TABLE "Second" ("id" INTEGER);`);

    await expect(applyMigrations({ databaseUrl: database.url, migrationsDir })).rejects.toThrow(/20260101000000_first was modified after it was applied/);
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(["20260101000000_first"]);
  });

  it("accepts an applied migration whose only change is its line endings, as Prisma does", async () => {
    const database = await scratchDatabase();
    const migrationsDir = await migrationsFolder({ "20260101000000_first": `CREATE TABLE "First" (\r\n  "id" INTEGER\r\n);\r\n` });
    await applyMigrations({ databaseUrl: database.url, migrationsDir });
    await writeFile(path.join(migrationsDir, "20260101000000_first", "migration.sql"), `CREATE TABLE "First" (\n  "id" INTEGER\n);\n`);

    expect(await applyMigrations({ databaseUrl: database.url, migrationsDir })).toEqual({ applied: [], alreadyApplied: ["20260101000000_first"] });
  });

  it("refuses to go on when the database has migrations the folder lacks", async () => {
    const database = await scratchDatabase();
    const newer = await migrationsFolder({
      "20260101000000_first": `CREATE TABLE "First" ("id" INTEGER);`,
      "20260102000000_second": `CREATE TABLE "Second" ("id" INTEGER);`,
    });
    await applyMigrations({ databaseUrl: database.url, migrationsDir: newer });
    const older = await migrationsFolder({ "20260101000000_first": `CREATE TABLE "First" ("id" INTEGER);` });

    await expect(applyMigrations({ databaseUrl: database.url, migrationsDir: older })).rejects.toThrow(/not in the migrations folder: 20260102000000_second/);
  });

  it("refuses to go on after an unfinished earlier attempt, explaining how to resolve it", async () => {
    const database = await scratchDatabase();
    const migrationsDir = await migrationsFolder({ "20260101000000_first": `CREATE TABLE "First" ("id" INTEGER);` });
    await applyMigrations({ databaseUrl: database.url, migrationsDir: await migrationsFolder({}) });
    // What `prisma migrate deploy` leaves behind when a migration fails.
    await query(
      database.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20260101000000_first', 'boom')`,
    );

    const error = await applyMigrations({ databaseUrl: database.url, migrationsDir }).catch((e: unknown) => e);

    expect((error as Error).message).toMatch(/20260101000000_first .*failed/);
    expect((error as Error).message).toContain("SET rolled_back_at = now()");
    expect((error as Error).message).toContain("prisma migrate resolve");
    expect(await query(database.url, `SELECT to_regclass('"First"') AS t`)).toEqual([{ t: null }]);

    // Marked as rolled back, as `prisma migrate resolve --rolled-back` would, it is retried.
    await query(database.url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect((await applyMigrations({ databaseUrl: database.url, migrationsDir })).applied).toEqual(["20260101000000_first"]);
  });
});
