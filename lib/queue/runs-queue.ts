// The BullMQ queue that carries runs to the worker: queue "runs", job "execute-run", jobId = run id,
// data { runId } only (no secrets in Redis). Redis only carries work: every run is in PostgreSQL first.
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { env } from "@/lib/env";

export const RUNS_QUEUE = "runs";
export const EXECUTE_RUN_JOB = "execute-run";
export interface ExecuteRunJob {
  runId: string;
}

const globalForQueue = globalThis as unknown as { conduitRunsQueue?: Queue<ExecuteRunJob> };

/** The producer side, for the web process and the sweeper. Commands fail fast while Redis is down. */
export function runsQueue(): Queue<ExecuteRunJob> {
  if (!globalForQueue.conduitRunsQueue) {
    const connection = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 });
    connection.on("error", () => undefined); // reported where a command fails; ioredis reconnects by itself
    const queue = new Queue<ExecuteRunJob>(RUNS_QUEUE, { connection, prefix: env().REDIS_KEY_PREFIX });
    // BullMQ re-emits the connection's errors, and prints each one (with its stack) when nobody listens.
    queue.on("error", () => undefined);
    globalForQueue.conduitRunsQueue = queue;
  }
  return globalForQueue.conduitRunsQueue;
}
