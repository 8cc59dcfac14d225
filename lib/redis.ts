// The shared ioredis connection of a process, for small commands (rate limits, health). BullMQ
// opens its own connections because it needs different settings (lib/queue/).
import { Redis } from "ioredis";
import { env } from "@/lib/env";

const globalForRedis = globalThis as unknown as { conduitRedis?: Redis };

/** Prefixes a key with REDIS_KEY_PREFIX. Used instead of ioredis' keyPrefix, which BullMQ forbids. */
export function redisKey(...parts: string[]): string {
  return [env().REDIS_KEY_PREFIX, ...parts].join(":");
}

export function redis(): Redis {
  globalForRedis.conduitRedis ??= new Redis(env().REDIS_URL, {
    // Fail a command quickly while Redis is down instead of queueing it forever.
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    lazyConnect: false,
  });
  return globalForRedis.conduitRedis;
}
