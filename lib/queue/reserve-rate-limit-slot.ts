// A per-second call budget shared by every worker process, kept in Redis: one counter per key and
// second. Reserving over the budget tells the caller how long to wait for the next second.
import type { Redis } from "ioredis";

/** Takes up to `count` calls of this second's budget: `granted` of them (0 when it is spent), and the wait until the next second. */
export async function reserveRateLimitSlots({
  redis,
  key,
  limitPerSecond,
  count,
  now = Date.now(),
}: {
  redis: Redis;
  key: string;
  limitPerSecond: number;
  count: number;
  now?: number;
}): Promise<{ granted: number; waitMs: number }> {
  const second = Math.floor(now / 1000);
  const counter = `${key}:${second}`;
  const [[incrError, total] = [], [expireError] = []] = (await redis.multi().incrby(counter, count).expire(counter, 2).exec()) ?? [];
  if (incrError || expireError) throw incrError ?? expireError;
  const before = Number(total) - count;
  return { granted: Math.max(0, Math.min(count, limitPerSecond - before)), waitMs: (second + 1) * 1000 - now };
}

export async function reserveRateLimitSlot({
  redis,
  key,
  limitPerSecond,
  now = Date.now(),
}: {
  redis: Redis;
  key: string;
  limitPerSecond: number;
  now?: number;
}): Promise<{ allowed: true } | { allowed: false; waitMs: number }> {
  const { granted, waitMs } = await reserveRateLimitSlots({ redis, key, limitPerSecond, count: 1, now });
  return granted > 0 ? { allowed: true } : { allowed: false, waitMs };
}
