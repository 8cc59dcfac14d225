import { vi } from "vitest";

/**
 * Makes the next dynamic imports of lib/ see this environment. lib/env.ts parses the environment
 * once, and lib/db.ts, lib/redis.ts and lib/queue/runs-queue.ts keep their clients on globalThis
 * (for hot reloads), so a test that points them elsewhere must drop all of those first.
 */
export function reloadWithEnv(env: Record<string, string>): void {
  Object.assign(process.env, env);
  const cached = globalThis as { conduitPrisma?: unknown; conduitRedis?: unknown; conduitRunsQueue?: unknown };
  delete cached.conduitPrisma;
  delete cached.conduitRedis;
  delete cached.conduitRunsQueue;
  vi.resetModules();
}
