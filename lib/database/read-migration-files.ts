import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type MigrationFile = {
  /** Folder name, e.g. 20261127000000_init; Prisma's migration_name. */
  name: string;
  sql: string;
  /** sha256 hex of migration.sql's bytes, as Prisma records it. */
  checksum: string;
};

/** The migrations in Prisma's layout (one folder each holding migration.sql), in Prisma's order. */
export async function readMigrationFiles({ dir }: { dir: string }): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`Migrations folder ${dir} does not exist.`);
    throw error;
  });
  // Prisma reads only folders, sorted with localeCompare, and ignores other files.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") throw new Error(`Migration folder ${name} has no migration.sql (${file}).`);
        throw error;
      });
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}
