import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { waitForRateLimitSlot } from "@/lib/queue/wait-for-rate-limit-slot";
import { redis, redisKey } from "@/lib/redis";

afterAll(() => redis().quit());

describe("waitForRateLimitSlot", () => {
  it("takes the budget from Redis in batches: 50 concurrent calls cost one Redis round trip", async () => {
    const connectionId = randomUUID();
    const multi = vi.spyOn(redis(), "multi");
    try {
      await Promise.all(Array.from({ length: 50 }, () => waitForRateLimitSlot({ appKey: "test", connectionId, limitPerSecond: 1_000 })));
      // Two when the calls straddle a second.
      expect(multi.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      multi.mockRestore();
    }
  });

  it("never lets more calls through in a second than the budget other processes left", async () => {
    const connectionId = randomUUID();
    const limitPerSecond = 10;
    // Another process already used 7 of this second's 10 calls.
    const firstSecond = Math.floor(Date.now() / 1000);
    const counter = `${redisKey("rate", "test", connectionId)}:${firstSecond}`;
    await redis().set(counter, 7, "EX", 5);

    const secondsOfCalls = await Promise.all(
      Array.from({ length: 23 }, async () => {
        await waitForRateLimitSlot({ appKey: "test", connectionId, limitPerSecond });
        return Math.floor(Date.now() / 1000);
      }),
    );
    const perSecond = new Map<number, number>();
    for (const second of secondsOfCalls) perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    expect(perSecond.get(firstSecond) ?? 0).toBeLessThanOrEqual(3);
    for (const [second, calls] of perSecond) if (second !== firstSecond) expect(calls).toBeLessThanOrEqual(limitPerSecond);
    expect(secondsOfCalls).toHaveLength(23);
  });
});
