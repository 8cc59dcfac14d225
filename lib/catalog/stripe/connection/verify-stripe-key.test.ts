import { createServer } from "node:net";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CREATE_RESTRICTED_KEY_URL } from "@/lib/catalog/stripe/connection/stripe-key-permissions";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { verifyStripeKey } from "@/lib/catalog/stripe/connection/verify-stripe-key";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const verify = (secretKey: string, apiBase = testbed.standIn.url) => verifyStripeKey({ secretKey, apiBase });
const failure = (secretKey: string, apiBase?: string) =>
  verify(secretKey, apiBase).then(
    () => undefined,
    (error: unknown) => error,
  );

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("verifyStripeKey", () => {
  it("reads the account's name and mode for a test secret key", async () => {
    expect(await verify(TEST_KEYS.secret)).toEqual({ accountId: TEST_ACCOUNT.id, accountName: "Rocket Rides", livemode: false, kind: "secret" });
    expect(testbed.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/account"]);
  });

  it("reads live mode from a live key", async () => {
    expect(await verify(` ${TEST_KEYS.live} `)).toMatchObject({ livemode: true, kind: "secret" });
  });

  it("accepts a restricted key that cannot read the account, taking the account from Stripe's 403, and checks the reads Conduit needs", async () => {
    expect(await verify(TEST_KEYS.restricted)).toEqual({ accountId: TEST_ACCOUNT.id, accountName: null, livemode: false, kind: "restricted" });
    expect(testbed.standIn.requests.map((request) => request.path).sort()).toEqual([
      "/v1/account",
      "/v1/charges",
      "/v1/customers",
      "/v1/events",
      "/v1/invoices",
      "/v1/subscriptions",
    ]);
  });

  it("names every permission a restricted key lacks, and how to fix it", async () => {
    const error = await failure(TEST_KEYS.customersOnly);
    expect(error).toBeInstanceOf(StripeSetupError);
    expect(error).toMatchObject({
      problem: "missing_permissions",
      missingPermissions: ["rak_charge_read", "rak_subscription_read", "rak_invoice_read", "rak_event_read"],
    });
    expect((error as Error).message).toBe(
      "This restricted key lacks Charges: Read (for Customer payment totals and Get charge), Subscriptions: Read (for Get subscription), Invoices: Read (for Get invoice), " +
        "Events: Read (for test events from your account). In Stripe, open Developers → API keys, edit the key and allow them, " +
        `or create a key with everything Conduit needs: ${CREATE_RESTRICTED_KEY_URL}`,
    );
    expect(CREATE_RESTRICTED_KEY_URL).toContain("permissions%5B%5D=rak_webhook_write");
  });

  it("refuses a malformed key without calling Stripe", async () => {
    expect(await failure("pk_test_51MoRdlLgUG5tbmjcAbCdEf0123")).toMatchObject({
      problem: "wrong_key_type",
      message: expect.stringMatching(/publishable key/),
    });
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("says a key Stripe does not know is invalid, quoting Stripe", async () => {
    expect(await failure("sk_test_51MoRdlLgUG5tbmjcNotAKey9999")).toMatchObject({
      problem: "invalid_key",
      message: expect.stringMatching(/^Stripe does not recognise this key\. Stripe says: "Invalid API Key provided: sk_test_\*+9999"\. Copy it again/),
    });
  });

  it("says a rolled key has expired", async () => {
    expect(await failure(TEST_KEYS.revoked)).toMatchObject({
      problem: "expired_key",
      message: expect.stringMatching(/^This key has expired or was rolled\. Stripe says: "Expired API Key provided/),
    });
  });

  it("says when Stripe cannot be reached", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await failure(TEST_KEYS.secret, `http://127.0.0.1:${port}`)).toMatchObject({
      problem: "unreachable",
      message: expect.stringMatching(/^Conduit could not reach Stripe to check the key \(.*ECONNREFUSED.*\)\. Check this server's internet access/),
    });
  });

  it("says when Stripe is having trouble", async () => {
    testbed.standIn.failNext({ status: 503 });
    expect(await failure(TEST_KEYS.secret)).toMatchObject({ problem: "stripe_unavailable", message: expect.stringMatching(/HTTP 503.*Try again in a minute/) });
    expect(testbed.standIn.requests).toHaveLength(1);
  });
});
