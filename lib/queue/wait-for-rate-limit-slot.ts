// Waits until a connection may make one more call this second, across all workers. The budget is
// in Redis (reserve-rate-limit-slot.ts); each process takes it in small batches into a local bucket
// and spends them without asking Redis again, so a busy worker makes one Redis call per batch rather
// than per call. A batch is a twentieth of the limit, or as many calls as are waiting: what a process
// took but did not use in its second is lost to the others, at most that twentieth.
import { setTimeout as delay } from "node:timers/promises";
import { LruMap } from "@/lib/cache/lru-map";
import { reserveRateLimitSlots } from "@/lib/queue/reserve-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

interface Bucket {
  second: number;
  tokens: number;
  /** Redis said this second's budget is spent. */
  spent: boolean;
  waiting: number;
  refilling?: Promise<void>;
}

const buckets = new LruMap<string, Bucket>(10_000);

export async function waitForRateLimitSlot({
  appKey,
  connectionId,
  limitPerSecond,
}: {
  appKey: string;
  connectionId: string;
  limitPerSecond: number;
}): Promise<void> {
  const key = redisKey("rate", appKey, connectionId);
  for (;;) {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    let bucket = buckets.get(key);
    if (!bucket || bucket.second !== second) {
      bucket = { second, tokens: 0, spent: false, waiting: 0 };
      buckets.set(key, bucket);
    }
    if (bucket.tokens > 0) {
      bucket.tokens -= 1;
      return;
    }
    if (bucket.spent) {
      await delay((second + 1) * 1000 - now);
      continue;
    }
    bucket.refilling ??= refill({ bucket, key, limitPerSecond, now });
    bucket.waiting += 1;
    await bucket.refilling.finally(() => (bucket.waiting -= 1));
  }
}

async function refill({ bucket, key, limitPerSecond, now }: { bucket: Bucket; key: string; limitPerSecond: number; now: number }): Promise<void> {
  try {
    // The callers waiting now (including the one that asked) are known only after this turn.
    await Promise.resolve();
    const count = Math.min(limitPerSecond, Math.max(bucket.waiting, Math.ceil(limitPerSecond / 20)));
    const { granted } = await reserveRateLimitSlots({ redis: redis(), key, limitPerSecond, count, now });
    bucket.tokens += granted;
    if (granted < count) bucket.spent = true;
  } finally {
    bucket.refilling = undefined;
  }
}
