// The recorded request against what the Customer.io stand-in actually received, with the real SDK.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendTransactionalEmail } from "@/lib/catalog/customerio/actions/send-transactional-email";
import { trackEvent } from "@/lib/catalog/customerio/actions/track-event";
import { captureCustomerioRequests } from "@/lib/catalog/customerio/capture-customerio-requests";
import { startCustomerioTestbed, TEST_WORKSPACE, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import type { HttpExchange } from "@/lib/http/sent-request";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

const EVENT = { personId: "cus_NffrFeUfNV2Hib", name: "payment_failed", data: { amount: "20.00" } };

function capturing(dryRun = false) {
  const exchanges: HttpExchange[] = [];
  return { exchanges, client: captureCustomerioRequests({ client: testbed.clientWith({}), exchanges, dryRun }) };
}

describe("captureCustomerioRequests", () => {
  it("records the request exactly as the stand-in received it, with the Track API key masked", async () => {
    const { exchanges, client } = capturing();
    await testbed.run({ action: trackEvent, input: EVENT, client });
    const [received] = testbed.standIn.requests;
    expect(received).toBeDefined();
    expect(exchanges).toHaveLength(1);
    const [{ request, response }] = exchanges as [HttpExchange];
    expect(request.method).toBe(received?.method);
    expect(new URL(request.url).pathname).toBe(received?.path);
    expect(request.url).toBe(`${testbed.standIn.trackUrl}/api/v1/customers/cus_NffrFeUfNV2Hib/events`);
    expect(request.body).toEqual(received?.body);
    expect(JSON.stringify(request.body)).toBe(received?.rawBody);
    expect(request.headers.Authorization).toBe(`Basic ••••${TEST_WORKSPACE.trackApiKey.slice(-4)}`);
    expect(JSON.stringify(exchanges)).not.toContain(TEST_WORKSPACE.trackApiKey);
    // Every header the SDK set reached the stand-in with the same value (the key aside).
    for (const [name, value] of Object.entries(request.headers)) {
      if (name !== "Authorization") expect(received?.headers[name.toLowerCase()]).toBe(value);
    }
    expect(response).toEqual({ status: null, body: {} });
  });

  it("records the App API's Bearer request and the answer to a failed call", async () => {
    testbed.standIn.failNext({ status: 400, api: "app", body: { meta: { error: "transactional_message_id: message 7 not found" } } });
    const { exchanges, client } = capturing();
    await expect(
      testbed.run({ action: sendTransactionalEmail, input: { transactionalMessageId: "7", to: "ada@example.com", identifier: "ada@example.com" }, client }),
    ).rejects.toThrow(/HTTP 400/);
    expect(exchanges).toEqual([
      {
        request: expect.objectContaining({ method: "POST", url: `${testbed.standIn.appUrl}/v1/send/email`, body: testbed.standIn.requests[0]?.body }),
        response: { status: 400, body: { meta: { error: "transactional_message_id: message 7 not found" } } },
      },
    ]);
    expect(exchanges[0]?.request.headers.Authorization).toBe(`Bearer ••••${TEST_WORKSPACE.appApiKey.slice(-4)}`);
  });

  it("records a dry run's request without sending it", async () => {
    const { exchanges, client } = capturing(true);
    await expect(testbed.run({ action: trackEvent, input: EVENT, client })).rejects.toThrow(/not sent/);
    expect(testbed.standIn.requests).toHaveLength(0);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.response).toBeUndefined();

    const sent = capturing();
    await testbed.run({ action: trackEvent, input: EVENT, client: sent.client });
    expect(exchanges[0]?.request).toEqual(sent.exchanges[0]?.request);
  });
});
