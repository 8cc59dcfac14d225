// WEB_CONCURRENCY > 1: the web server as `count` processes sharing one port (node:cluster; the
// primary accepts connections and hands them round robin to the processes). Each process is the
// whole server/web.ts with its own caches, which are only shortcuts the database confirms (README,
// Scaling). The primary restarts a process that dies, waiting longer each time one dies soon after
// starting, and gives up (exit 1) when they keep doing so (a missing build, a port in use); it passes
// SIGTERM/SIGINT on so that each finishes its requests in flight before the primary exits.
import cluster, { type Worker } from "node:cluster";
import { logger } from "@/lib/logger";

/** A process that dies this soon after starting failed to start. */
const EARLY_DEATH_MS = 30_000;
const MAX_EARLY_DEATHS = 5;

export function runWebCluster({ count }: { count: number }): void {
  let stopping = false;
  let earlyDeaths = 0;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    earlyDeaths = lived < EARLY_DEATH_MS ? earlyDeaths + 1 : 0;
    if (earlyDeaths >= MAX_EARLY_DEATHS) {
      logger.error("web server processes keep exiting right after they start; stopping", { code, signal, deaths: earlyDeaths });
      process.exit(1);
    }
    const delayMs = earlyDeaths === 0 ? 0 : 1_000 * 2 ** (earlyDeaths - 1);
    logger.error("a web server process exited; starting another", { pid: worker.process.pid, code, signal, inMs: delayMs });
    setTimeout(fork, delayMs);
  });
  for (let index = 0; index < count; index += 1) fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 15_000).unref();
    });
  }
}
