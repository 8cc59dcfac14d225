// The worker process: executes runs from the BullMQ queue (lib/runs/, wired in by the execution
// work). Started by `npm start` beside the web server, or alone with `npm run start:worker`.
import { db } from "@/lib/db";
import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/logger";
import { redis } from "@/lib/redis";

async function main(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  await db.$queryRaw`SELECT 1`;
  await redis().ping();
  logger.info("worker ready", { concurrency: env().WORKER_CONCURRENCY, pid: process.pid });

  let stopping = false;
  const keepAlive = setInterval(() => undefined, 60_000);
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info("worker stopping", { signal });
    clearInterval(keepAlive);
    await Promise.allSettled([db.$disconnect(), redis().quit()]);
    logger.info("worker stopped");
    process.exit(0);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  logger.error("worker failed to start", { error });
  process.exit(1);
});
