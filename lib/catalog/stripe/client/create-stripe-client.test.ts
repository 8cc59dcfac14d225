// The real SDK against the stand-in: what it sends, and that it leaves retrying to BullMQ.
import Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({ customers: [{ id: "cus_A", email: "ada@example.com" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

const createEndpoint = (stripe: Stripe) => stripe.webhookEndpoints.create({ url: "https://conduit.example/hook", enabled_events: ["charge.failed"] });

describe("createStripeClient", () => {
  it("pins the SDK's API version", () => {
    expect(STRIPE_API_VERSION).toBe(Stripe.API_VERSION);
  });

  it("sends the key as a Bearer token, the pinned Stripe-Version and Conduit's app info", async () => {
    const customer = await testbed.client().customers.retrieve("cus_A");
    expect(customer).toMatchObject({ id: "cus_A", email: "ada@example.com" });
    const [request] = testbed.standIn.requests;
    expect(request).toMatchObject({ method: "GET", path: "/v1/customers/cus_A" });
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_KEYS.secret}`);
    expect(request?.headers["stripe-version"]).toBe(STRIPE_API_VERSION);
    expect(request?.headers["user-agent"]).toMatch(/ Conduit$/);
  });

  it("form-encodes POST bodies with an Idempotency-Key", async () => {
    await createEndpoint(testbed.client());
    const [request] = testbed.standIn.requests;
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.body).toEqual({ url: "https://conduit.example/hook", enabled_events: ["charge.failed"] });
    expect(request?.headers["idempotency-key"]).toMatch(/^stripe-node-retry-/);
  });

  it.each([500, 503, 429, 409])("does not retry an HTTP %i itself: one request", async (status) => {
    testbed.standIn.failNext({ status, times: 5 });
    await expect(testbed.client().customers.retrieve("cus_A")).rejects.toBeInstanceOf(Stripe.errors.StripeError);
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  it("does not retry a timeout: one request", async () => {
    testbed.standIn.failNext({ hang: true });
    await expect(testbed.client(TEST_KEYS.secret, { timeoutMs: 100 }).customers.retrieve("cus_A")).rejects.toThrow(/timeout/);
    expect(testbed.standIn.requests).toHaveLength(1);
  });

  // The SDK retries a closed connection once whatever maxNetworkRetries says, keyed so Stripe
  // replays rather than repeats a POST: a lost reply still creates one endpoint.
  it("retries a dropped connection exactly once, with the same Idempotency-Key", async () => {
    testbed.standIn.failNext({ drop: "after", method: "POST" });
    const endpoint = await createEndpoint(testbed.client());
    const [first, second] = testbed.standIn.requests;
    expect(testbed.standIn.requests).toHaveLength(2);
    expect(second?.headers["idempotency-key"]).toBe(first?.headers["idempotency-key"]);
    expect([...testbed.standIn.store().webhookEndpoints.keys()]).toEqual([endpoint.id]);

    testbed.standIn.reset();
    testbed.standIn.failNext({ drop: "before", times: 2 });
    await expect(testbed.client().customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(testbed.standIn.requests).toHaveLength(2);
  });

  it("takes host, port and protocol from apiBase", () => {
    const local = createStripeClient({ secretKey: TEST_KEYS.secret, apiBase: "http://[::1]:12111" });
    expect([local.getApiField("host"), local.getApiField("port"), local.getApiField("protocol")]).toEqual(["::1", 12111, "http"]);
    const proxy = createStripeClient({ secretKey: TEST_KEYS.secret, apiBase: "https://stripe-proxy.example/" });
    expect([proxy.getApiField("host"), proxy.getApiField("port"), proxy.getApiField("protocol")]).toEqual(["stripe-proxy.example", 443, "https"]);
    const stripe = createStripeClient({ secretKey: TEST_KEYS.secret });
    expect([stripe.getApiField("host"), stripe.getMaxNetworkRetries(), stripe.getApiField("timeout")]).toEqual(["api.stripe.com", 0, 20_000]);
  });

  it.each(["stripe.example", "ftp://stripe.example", "https://stripe.example/v1"])("refuses the API base %s", (apiBase) => {
    expect(() => createStripeClient({ secretKey: TEST_KEYS.secret, apiBase })).toThrow(/Stripe API base/);
  });
});
