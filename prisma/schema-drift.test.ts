// Guards the hand-run migration workflow: the migrations must build exactly the database that
// schema.prisma describes, and the snapshot `npm run db:diff` diffs from must be up to date.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { compareCatalogs } from "@/lib/database/compare-catalogs";
import { projectRoot } from "@/lib/database/project-root";
import { readCatalog, type Catalog } from "@/lib/database/read-catalog";
import { schemaToSql } from "@/lib/database/schema-to-sql";
import { createScratchDatabase, type ScratchDatabase } from "@/test/scratch-database";
import { postgresAdminUrl } from "@/test/postgres-admin-url";

const schemaPath = path.join(projectRoot(), "prisma", "schema.prisma");
const snapshotPath = path.join(projectRoot(), "prisma", "migrations", ".schema-snapshot.prisma");
const FIX = "Run `npm run db:diff -- --name <what_changed>` to write the missing migration.";

async function execute(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("schema drift", () => {
  const databases: ScratchDatabase[] = [];
  let migrated: ScratchDatabase;
  let fromSchema: Catalog;

  beforeAll(async () => {
    const create = () => createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_test_drift" });
    const [a, b] = await Promise.all([create(), create()]);
    databases.push(a, b);
    migrated = a;
    const [, ddl] = await Promise.all([applyMigrations({ databaseUrl: a.url }), schemaToSql({ toSchema: schemaPath, databaseUrl: b.url })]);
    await execute(b.url, ddl);
    fromSchema = await readCatalog({ databaseUrl: b.url });
  });

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it("migrations build the database schema.prisma describes", async () => {
    const differences = compareCatalogs({
      actual: await readCatalog({ databaseUrl: migrated.url }),
      expected: fromSchema,
      actualLabel: "migrations",
      expectedLabel: "schema.prisma",
    });
    expect(differences, `The migrations and schema.prisma disagree:\n  ${differences.join("\n  ")}\n${FIX}\n`).toEqual([]);
    expect(Object.keys(fromSchema)).toContain("table User");
  });

  it("the schema snapshot db:diff works from equals schema.prisma", async () => {
    const [schema, snapshot] = await Promise.all([readFile(schemaPath, "utf8"), readFile(snapshotPath, "utf8")]);
    expect(
      snapshot === schema,
      `${path.relative(projectRoot(), snapshotPath)} differs from schema.prisma. ${FIX} ` +
        `(If no SQL is needed, that only updates the snapshot; if you wrote the migration by hand, copy schema.prisma over the snapshot.)`,
    ).toBe(true);
  });

  it("notices changed enums, foreign keys, defaults, nullability, indexes and columns", async () => {
    const changed = await createScratchDatabase({ adminUrl: postgresAdminUrl(), prefix: "conduit_test_drift" });
    databases.push(changed);
    await applyMigrations({ databaseUrl: changed.url });
    await execute(
      changed.url,
      `ALTER TYPE "RunStatus" ADD VALUE 'CANCELLED';
       ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey",
         ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
       ALTER TABLE "Run" ALTER COLUMN "attempts" SET DEFAULT 1, ALTER COLUMN "error" SET NOT NULL;
       DROP INDEX "Run_status_createdAt_idx";
       ALTER TABLE "User" ADD COLUMN "nickname" TEXT;`,
    );

    const differences = compareCatalogs({
      actual: await readCatalog({ databaseUrl: changed.url }),
      expected: await readCatalog({ databaseUrl: migrated.url }),
    });

    expect(differences.map((line) => line.split(" — ")[0])).toEqual([
      "column Run.attempts",
      "column Run.error",
      "column User.nickname",
      "constraint Session.Session_userId_fkey",
      "enum RunStatus",
      "index Run.Run_status_createdAt_idx",
    ]);
    expect(differences.find((line) => line.startsWith("constraint"))).toMatch(/ON DELETE RESTRICT.*ON DELETE CASCADE/);
  });
});
