import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "@/lib/database/project-root";
import { schemaToSql } from "@/lib/database/schema-to-sql";
import { postgresAdminUrl } from "@/test/postgres-admin-url";

const schemaPath = path.join(projectRoot(), "prisma", "schema.prisma");
const databaseUrl = postgresAdminUrl();

describe("schemaToSql", () => {
  let dir: string;
  let changedPath: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "conduit-schema-to-sql-test-"));
    changedPath = path.join(dir, "changed.prisma");
    const schema = await readFile(schemaPath, "utf8");
    await writeFile(changedPath, `${schema}\nmodel Widget {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n`);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes only the SQL between two schema files, and nothing for identical ones", async () => {
    const [added, same] = await Promise.all([
      schemaToSql({ fromSchema: schemaPath, toSchema: changedPath, databaseUrl }),
      schemaToSql({ fromSchema: schemaPath, toSchema: schemaPath, databaseUrl }),
    ]);
    expect(added).toContain(`CREATE TABLE "Widget"`);
    expect(added).toContain(`CREATE UNIQUE INDEX "Widget_label_key" ON "Widget"("label");`);
    expect(added).not.toMatch(/"User"|CREATE SCHEMA/);
    expect(same).toBe("");
  });

  it("names DATABASE_URL when it has nothing to connect to", async () => {
    await expect(schemaToSql({ toSchema: schemaPath, databaseUrl: "" })).rejects.toThrow(/DATABASE_URL/);
  });
});
