// The one Prisma client of a process (web or worker), on node-postgres through @prisma/adapter-pg.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { conduitPrisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
}

/** Reused across hot reloads in development so connections are not leaked. */
export const db: PrismaClient = globalForPrisma.conduitPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.conduitPrisma = db;
