// A plain node-postgres pool for the statements that run once per event or per run (the hot paths):
// the webhook's write (lib/catalog/stripe/intake/record-stripe-event.ts), the worker's claim (claim-run.ts), lease
// renewal (keep-run-lease.ts), step record and finish (execute-run.ts). Prisma costs about 0.5 ms of CPU per query on top of what
// node-postgres needs (measured here: 640 µs against 140 µs for the same SELECT); everything else
// uses Prisma (lib/db.ts). Created on first use, from the same DATABASE_URL.
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

let pool: pg.Pool | undefined;

function sqlPool(): pg.Pool {
  // Idle connections do not keep a process (or a test file) alive.
  if (!pool) {
    pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10, allowExitOnIdle: true });
    // An idle connection that the server closed (restart, failover) is dropped and replaced on the
    // next query; without a listener the pool's "error" event would crash the process.
    pool.on("error", (error) => logger.warn("an idle database connection was closed", { error: error.message }));
  }
  return pool;
}

/**
 * Runs one parameterised statement ($1, $2, …) and returns its rows. `name` makes it a prepared
 * statement: each connection parses and plans it once, and later runs send only the values (the hot
 * statements are long, and sending and parsing their text was a large share of the worker's CPU).
 * Only for statements whose best plan does not depend on the values.
 */
export async function sql<Row>(text: string, values: unknown[] = [], { name }: { name?: string } = {}): Promise<Row[]> {
  const result = await sqlPool().query(name ? { name, text, values } : { text, values });
  return result.rows as Row[];
}

/** Closes the pool (worker shutdown). */
export async function closeSql(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.end();
}
