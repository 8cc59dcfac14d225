// The worker process: executes runs from the BullMQ queue "runs", sweeps runs that missed the
// queue, and reads Stripe's Events API (sync mode and catch-up). Started by `npm start` beside the
// web server, or alone with `npm run start:worker`.
import { Worker } from "bullmq";
import { Redis } from "ioredis";
import { db } from "@/lib/db";
import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/logger";
import { retryDelay } from "@/lib/queue/retry-delay";
import { runRetrySchedule } from "@/lib/queue/run-retry-schedule";
import { RetryableRunError } from "@/lib/queue/retryable-run-error";
import { RUNS_QUEUE, runsQueue, type ExecuteRunJob } from "@/lib/queue/runs-queue";
import { redis } from "@/lib/redis";
import { closeSql } from "@/lib/sql";
import { deleteOldHistory } from "@/lib/runs/delete-old-history";
import { startStripeSync } from "@/lib/catalog/stripe/intake/start-stripe-sync";
import { processStripeImport } from "@/lib/catalog/stripe/import/process-stripe-import";
import { importsQueue, STRIPE_IMPORTS_QUEUE, type StripeImportJob } from "@/lib/queue/imports-queue";
import { sweepRuns } from "@/lib/runs/sweep-runs";
import { processExecuteRun } from "@/worker/processors/execute-run";

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

  const worker = new Worker<ExecuteRunJob, string>(RUNS_QUEUE, processExecuteRun, {
    // A blocking connection must wait for Redis forever rather than fail its commands.
    connection: new Redis(env().REDIS_URL, { maxRetriesPerRequest: null }),
    prefix: env().REDIS_KEY_PREFIX,
    concurrency: env().WORKER_CONCURRENCY,
    // BullMQ's own lock on a job follows the run lease: after a crash both run out together, and the
    // stall check hands the job to a live worker whose claim takes the run over.
    lockDuration: env().RUN_LEASE_MS,
    stalledInterval: env().RUN_LEASE_MS,
    settings: {
      // A run's failed attempt chose and stored its delay (lib/runs/execute-run.ts); an attempt that
      // crashed inside Conduit follows the schedule.
      backoffStrategy: (attemptsMade, _type, error) =>
        error instanceof RetryableRunError ? error.delayMs : retryDelay({ attempt: attemptsMade, schedule: runRetrySchedule() }),
    },
  });
  worker.on("failed", (job, error) => logger.info("run attempt failed", { runId: job?.data.runId, attempt: job?.attemptsMade, error: error.message }));
  worker.on("error", (error) => logger.error("worker error", { error }));
  await worker.waitUntilReady();

  let sweeping: Promise<void> | undefined;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    // A run younger than two sweeps may still be on its way to the queue from the web process.
    sweeping = sweepRuns({ queue: runsQueue(), queuedGraceMs: 2 * env().RUN_SWEEP_INTERVAL_MS })
      .then((result) => (result.enqueued || result.timedOut ? logger.info("sweeper", result) : undefined))
      .catch((error: unknown) => logger.warn("sweeper failed; will try again", { error }))
      .finally(() => (sweeping = undefined));
  }, env().RUN_SWEEP_INTERVAL_MS);

  // Stripe connections without a webhook read Stripe's Events API; every Stripe connection catches up
  // on missed events at start and every 10 minutes (lib/catalog/stripe/intake/start-stripe-sync.ts).
  const stripeSync = startStripeSync({ intervalMs: env().STRIPE_SYNC_INTERVAL_MS, apiBase: env().STRIPE_API_BASE });
  logger.info("stripe sync started", { holder: stripeSync.holder, intervalMs: env().STRIPE_SYNC_INTERVAL_MS });

  // "Import past events" (lib/catalog/stripe/import/): a few at a time; each waits for its account's Stripe read budget.
  const importWorker = new Worker<StripeImportJob>(
    STRIPE_IMPORTS_QUEUE,
    (job) => processStripeImport({ importId: job.data.importId, apiBase: env().STRIPE_API_BASE }),
    {
      connection: new Redis(env().REDIS_URL, { maxRetriesPerRequest: null }),
      prefix: env().REDIS_KEY_PREFIX,
      concurrency: 2,
    },
  );
  importWorker.on("error", (error) => logger.error("import worker error", { error }));

  // Retention (lib/runs/delete-old-history.ts): hourly, and once shortly after start.
  let pruning: Promise<void> | undefined;
  const prune = () => {
    if (pruning) return;
    pruning = deleteOldHistory({ retentionDays: env().HISTORY_RETENTION_DAYS, shouldStop: () => stopping })
      .then((result) => (result.deletedEvents > 0 ? logger.info("old history deleted", { ...result, retentionDays: env().HISTORY_RETENTION_DAYS }) : undefined))
      .catch((error: unknown) => logger.warn("deleting old history failed; will try again", { error }))
      .finally(() => (pruning = undefined));
  };
  const pruneStart = setTimeout(prune, 60_000);
  const pruner = setInterval(prune, 3_600_000);

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info("worker stopping", { signal });
    clearInterval(sweeper);
    clearTimeout(pruneStart);
    clearInterval(pruner);
    // Lets runs in flight finish; jobs not started stay in the queue for the next worker.
    await Promise.all([worker.close(), importWorker.close(), sweeping, pruning, stripeSync.stop()]);
    await Promise.allSettled([runsQueue().close(), importsQueue().close(), db.$disconnect(), closeSql(), redis().quit()]);
    logger.info("worker stopped");
    process.exit(0);
  }
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Ready only once a stop signal is handled too: a SIGTERM right after this line stops the worker cleanly.
  logger.info("worker ready", { concurrency: env().WORKER_CONCURRENCY, pid: process.pid });
}

main().catch((error: unknown) => {
  logger.error("worker failed to start", { error });
  process.exit(1);
});
