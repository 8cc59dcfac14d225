import { setTimeout as delay } from "node:timers/promises";
import { env } from "@/lib/env";
import { reserveRateLimitSlot } from "@/lib/queue/reserve-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

/** Waits until a Customer.io connection may make one more call this second (see reserve-rate-limit-slot.ts). */
export async function waitForCustomerioSlot({ connectionId }: { connectionId: string }): Promise<void> {
  const key = redisKey("rate", "customerio", connectionId);
  for (;;) {
    const slot = await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: env().CUSTOMERIO_RATE_LIMIT_PER_SECOND });
    if (slot.allowed) return;
    await delay(slot.waitMs);
  }
}
