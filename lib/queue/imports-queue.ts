// The BullMQ queue that carries "Import past events" to the worker: queue "stripe-imports", data
// { importId } only. The import's state is in PostgreSQL (StripeEventImport); a job runs its current phase.
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { env } from "@/lib/env";

export const STRIPE_IMPORTS_QUEUE = "stripe-imports";
export interface StripeImportJob {
  importId: string;
}

const globalForQueue = globalThis as unknown as { conduitImportsQueue?: Queue<StripeImportJob> };

/** The producer side, for the web process. Commands fail fast while Redis is down. */
export function importsQueue(): Queue<StripeImportJob> {
  if (!globalForQueue.conduitImportsQueue) {
    const connection = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 });
    connection.on("error", () => undefined);
    const queue = new Queue<StripeImportJob>(STRIPE_IMPORTS_QUEUE, { connection, prefix: env().REDIS_KEY_PREFIX });
    queue.on("error", () => undefined);
    globalForQueue.conduitImportsQueue = queue;
  }
  return globalForQueue.conduitImportsQueue;
}
