// Prisma CLI configuration. Migrations are applied by our own runner (prisma/migrate.ts) because
// Prisma 7's migrate commands need a native engine that cannot be downloaded offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/conduit" },
});
