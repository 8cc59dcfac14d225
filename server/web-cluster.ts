// WEB_CONCURRENCY > 1: the web server as `count` processes sharing one port (node:cluster; the
// primary accepts connections and hands them round robin to the processes). Each process is the
// whole server/web.ts with its own caches, which are only shortcuts the database confirms (README,
// Scaling). The primary restarts a process that dies, and passes SIGTERM/SIGINT on so that each
// finishes its requests in flight before the primary exits.
import cluster from "node:cluster";
import { logger } from "@/lib/logger";

export function runWebCluster({ count }: { count: number }): void {
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logger.error("a web server process exited; starting another", { pid: worker.process.pid, code, signal });
    fork();
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
