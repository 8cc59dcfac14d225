// The Stripe lookups of runs take reads from the account's shared budget, the one sync and catch-up
// use (wait-for-stripe-read-slot.ts): one Redis counter per account, mode and second.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";
import { reloadWithEnv } from "@/test/reload-with-env";

let testbed: StripeTestbed;
let lib: {
  createStripeStepClient: typeof import("@/lib/catalog/stripe/client/create-stripe-step-client").createStripeStepClient;
  stripeReadRateKey: typeof import("@/lib/catalog/stripe/intake/stripe-read-rate-key").stripeReadRateKey;
  redis: typeof import("@/lib/redis").redis;
};

beforeAll(async () => {
  testbed = await startStripeTestbed();
  reloadWithEnv({ STRIPE_API_BASE: testbed.standIn.url, REDIS_KEY_PREFIX: `conduit-test-${randomUUID().slice(0, 8)}` });
  lib = {
    createStripeStepClient: (await import("@/lib/catalog/stripe/client/create-stripe-step-client")).createStripeStepClient,
    stripeReadRateKey: (await import("@/lib/catalog/stripe/intake/stripe-read-rate-key")).stripeReadRateKey,
    redis: (await import("@/lib/redis")).redis,
  };
});

afterAll(async () => {
  await lib.redis().quit();
  await testbed.standIn.close();
});

const connection = (id: string, livemode = false) => ({
  id,
  app: "stripe" as const,
  config: { accountId: TEST_ACCOUNT.id, accountName: null, livemode, keyLast4: "0001", webhook: { mode: "manual" as const, signingSecretLast4: null } },
  secrets: { secretKey: livemode ? TEST_KEYS.live : TEST_KEYS.secret },
});

/** Reads counted this second and the neighbouring ones (a lookup may cross a second). */
async function readsCounted(key: string, from: number): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  let total = 0;
  for (let second = from; second <= now; second += 1) total += Number((await lib.redis().get(`${key}:${second}`)) ?? 0);
  return total;
}

describe("createStripeStepClient", () => {
  it("counts each read against the account's read budget, shared by all its connections, per mode", async () => {
    const from = Math.floor(Date.now() / 1000);
    const first = lib.createStripeStepClient({ connection: connection(randomUUID()), exchanges: [], dryRun: false });
    const second = lib.createStripeStepClient({ connection: connection(randomUUID()), exchanges: [], dryRun: false });
    await first.events.list({ limit: 1 });
    await second.customers.list({ limit: 1 });

    const testKey = lib.stripeReadRateKey({ accountId: TEST_ACCOUNT.id, connectionId: "unused", livemode: false });
    expect(testKey).toBe(lib.stripeReadRateKey({ accountId: TEST_ACCOUNT.id, connectionId: "another", livemode: false }));
    expect(await readsCounted(testKey, from)).toBe(2);
    expect(await readsCounted(lib.stripeReadRateKey({ accountId: TEST_ACCOUNT.id, connectionId: "unused", livemode: true }), from)).toBe(0);
  });

  it("a dry run sends nothing and takes nothing from the budget", async () => {
    const accountless = { ...connection(randomUUID()), config: { ...connection("x").config, accountId: null } };
    const from = Math.floor(Date.now() / 1000);
    const exchanges: never[] = [];
    const client = lib.createStripeStepClient({ connection: accountless, exchanges, dryRun: true });
    await expect(client.customers.list({ limit: 1 })).rejects.toThrow();
    expect(await readsCounted(lib.stripeReadRateKey({ accountId: null, connectionId: accountless.id, livemode: false }), from)).toBe(0);
    expect(exchanges).toHaveLength(1);
  });
});
