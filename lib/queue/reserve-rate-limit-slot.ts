// A per-second call budget shared by every worker process, kept in Redis: one counter per key and
// second. Reserving over the budget tells the caller how long to wait for the next second.
import type { Redis } from "ioredis";

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
  const second = Math.floor(now / 1000);
  const counter = `${key}:${second}`;
  const [[incrError, count] = [], [expireError] = []] = (await redis.multi().incr(counter).expire(counter, 2).exec()) ?? [];
  if (incrError || expireError) throw incrError ?? expireError;
  if (Number(count) <= limitPerSecond) return { allowed: true };
  return { allowed: false, waitMs: (second + 1) * 1000 - now };
}
