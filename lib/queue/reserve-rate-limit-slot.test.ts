import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { reserveRateLimitSlot } from "@/lib/queue/reserve-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

afterAll(() => redis().quit());

describe("reserveRateLimitSlot", () => {
  it("allows the budget within one second, then says how long until the next", async () => {
    const key = redisKey("test-rate", randomUUID());
    const now = 1_800_000_000_250;
    const results = [];
    for (let call = 0; call < 4; call += 1) results.push(await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: 3, now }));
    expect(results).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }, { allowed: false, waitMs: 750 }]);
    expect(await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: 3, now: now + 750 })).toEqual({ allowed: true });
  });

  it("keeps separate budgets per connection", async () => {
    const now = 1_800_000_000_000;
    const [a, b] = [redisKey("test-rate", randomUUID()), redisKey("test-rate", randomUUID())];
    expect(await reserveRateLimitSlot({ redis: redis(), key: a, limitPerSecond: 1, now })).toEqual({ allowed: true });
    expect(await reserveRateLimitSlot({ redis: redis(), key: b, limitPerSecond: 1, now })).toEqual({ allowed: true });
    expect(await reserveRateLimitSlot({ redis: redis(), key: a, limitPerSecond: 1, now })).toMatchObject({ allowed: false });
  });

  it("forgets a second's counter soon after it ends", async () => {
    const key = redisKey("test-rate", randomUUID());
    const now = 1_800_000_000_000;
    await reserveRateLimitSlot({ redis: redis(), key, limitPerSecond: 1, now });
    const ttl = await redis().ttl(`${key}:${Math.floor(now / 1000)}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2);
  });
});
