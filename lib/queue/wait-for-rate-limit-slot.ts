import { setTimeout as delay } from "node:timers/promises";
import { reserveRateLimitSlot } from "@/lib/queue/reserve-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

/** Waits until a connection may make one more call this second, across all workers (see reserve-rate-limit-slot.ts). */
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
    const slot = await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond });
    if (slot.allowed) return;
    await delay(slot.waitMs);
  }
}
