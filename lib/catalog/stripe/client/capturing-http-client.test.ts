// A Stripe lookup through the recording HTTP client, against the Stripe stand-in.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { capturingHttpClient } from "@/lib/catalog/stripe/client/capturing-http-client";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { customerPaymentTotals } from "@/lib/catalog/stripe/lookups/customer-payment-totals";
import { findCustomer } from "@/lib/catalog/stripe/lookups/find-customer";
import { runLookup } from "@/lib/catalog/stripe/lookups/lookup-test-helpers";
import type { HttpExchange } from "@/lib/http/sent-request";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;
beforeAll(async () => {
  testbed = await startStripeTestbed();
});
beforeEach(() => {
  testbed.standIn.reset();
  testbed.standIn.seed({ customers: [{ id: "cus_Ada", email: "ada@example.com", name: "Ada Lovelace" }] });
});
afterAll(() => testbed.standIn.close());

function capturing(dryRun = false) {
  const exchanges: HttpExchange[] = [];
  const client = createStripeClient({ secretKey: TEST_KEYS.secret, apiBase: testbed.standIn.url, httpClient: capturingHttpClient({ exchanges, dryRun }) });
  return { exchanges, client };
}

describe("capturingHttpClient", () => {
  it("records each request as Stripe received it, with the secret key masked, and its answer", async () => {
    const { exchanges, client } = capturing();
    const output = await runLookup({ lookup: findCustomer, input: { customer: "Ada@Example.com" }, client });
    expect(output).toMatchObject({ found: true, id: "cus_Ada" });
    // Case-sensitive email search: the address as given, then in lower case.
    expect(exchanges.map(({ request }) => `${request.method} ${request.url}`)).toEqual([
      `GET ${testbed.standIn.url}/v1/customers?email=Ada%40Example.com&limit=1`,
      `GET ${testbed.standIn.url}/v1/customers?email=ada%40example.com&limit=1`,
    ]);
    expect(
      testbed.standIn.requests.map((request) => `${request.method} ${request.path}?${new URLSearchParams(request.query as Record<string, string>).toString()}`),
    ).toEqual(exchanges.map(({ request }) => `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`));
    for (const { request } of exchanges) {
      expect(request.headers.Authorization).toBe(`Bearer ••••${TEST_KEYS.secret.slice(-4)}`);
      expect(request.body).toBeNull();
    }
    expect(JSON.stringify(exchanges)).not.toContain(TEST_KEYS.secret);
    expect(exchanges.map(({ response }) => response?.status)).toEqual([200, 200]);
    expect(exchanges[1]?.response?.body).toMatchObject({ object: "list", data: [{ id: "cus_Ada" }] });
  });

  it("records the answer of a failed request", async () => {
    testbed.standIn.failNext({ status: 500 });
    const { exchanges, client } = capturing();
    await expect(runLookup({ lookup: findCustomer, input: { customer: "cus_Ada" }, client })).rejects.toThrow();
    expect(exchanges).toEqual([
      { request: expect.objectContaining({ method: "GET" }), response: { status: 500, body: expect.objectContaining({ error: expect.any(Object) }) } },
    ]);
  });

  it("sends nothing in a dry run and records what would have gone out, also for calls made together", async () => {
    const { exchanges, client } = capturing(true);
    await expect(runLookup({ lookup: customerPaymentTotals, input: { customerId: "cus_Ada" }, client })).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(testbed.standIn.requests).toHaveLength(0);
    expect(exchanges.map(({ request }) => new URL(request.url).pathname).sort()).toEqual(["/v1/charges", "/v1/subscriptions"]);
  });
});
