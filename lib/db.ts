// The one Prisma client of a process (web or worker), on node-postgres through @prisma/adapter-pg.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { conduitPrisma?: PrismaClient };

let instance: PrismaClient | undefined;

function client(): PrismaClient {
  instance ??= globalForPrisma.conduitPrisma ?? new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
  // Reused across hot reloads in development so connections are not leaked.
  if (process.env.NODE_ENV !== "production") globalForPrisma.conduitPrisma = instance;
  return instance;
}

/**
 * The client, created on first use rather than on import: `next build` imports every route to
 * collect its page data, and a build must not need DATABASE_URL (the environment is checked when
 * the web server and worker start).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
