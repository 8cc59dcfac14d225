import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { STRIPE_READS_PER_SECOND, waitForStripeReadSlot } from "@/lib/catalog/stripe/intake/wait-for-stripe-read-slot";
import { redis, redisKey } from "@/lib/redis";

afterAll(async () => {
  await redis().quit();
});

describe("waitForStripeReadSlot", () => {
  it("shares one budget per account and mode between connections, and waits for a second with room", async () => {
    const accountId = `acct_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    // Another connection of the account used up this second's and the next second's test-mode reads.
    const second = Math.floor(Date.now() / 1000);
    for (const full of [second, second + 1])
      await redis().set(`${redisKey("rate", "stripe-read", accountId, "test")}:${full}`, STRIPE_READS_PER_SECOND.test, "EX", 5);

    const startedLive = Date.now();
    await waitForStripeReadSlot({ accountId, connectionId: randomUUID(), livemode: true });
    expect(Date.now() - startedLive).toBeLessThan(500);
    await waitForStripeReadSlot({ accountId: `${accountId}x`, connectionId: randomUUID(), livemode: false });

    await waitForStripeReadSlot({ accountId, connectionId: randomUUID(), livemode: false });
    expect(Date.now()).toBeGreaterThanOrEqual((second + 2) * 1000);
  });
});
