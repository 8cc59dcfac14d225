// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (lib/database/apply-migrations.ts).
import { applyMigrations } from "@/lib/database/apply-migrations";

const plural = (count: number) => `${count} migration${count === 1 ? "" : "s"}`;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set: set it to the PostgreSQL database to migrate, e.g. postgresql://user:password@host:5432/conduit.");
  process.exit(1);
}

try {
  const { applied, alreadyApplied } = await applyMigrations({ databaseUrl, log: (message) => console.log(message) });
  console.log(applied.length > 0 ? `Applied ${plural(applied.length)}: ${applied.join(", ")}` : `Database is up to date (${plural(alreadyApplied.length)})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
