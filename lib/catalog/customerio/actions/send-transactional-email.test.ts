import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { sendTransactionalEmail } from "@/lib/catalog/customerio/actions/send-transactional-email";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { startCustomerioTestbed, TEST_WORKSPACE, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import { said } from "@/lib/i18n/user-message";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

const INPUT = {
  transactionalMessageId: "3",
  to: "Jenny Rosen <jenny.rosen@example.com>",
  identifier: "jenny.rosen@example.com",
  messageData: { amount: "$20.00", receipt_url: "https://pay.stripe.com/receipts/1" },
};

describe("send_transactional_email", () => {
  it("POSTs the message to the App API's /send/email with Bearer auth, and returns the delivery", async () => {
    const output = await testbed.run({
      action: sendTransactionalEmail,
      input: { ...INPUT, subject: "Your receipt", from: "billing@example.com", replyTo: "support@example.com" },
    });
    const [delivery] = testbed.standIn.store().deliveries;
    expect(output).toEqual({ deliveryId: delivery?.deliveryId, queuedAt: delivery?.queuedAt });
    const [request] = testbed.standIn.requests;
    expect(request).toMatchObject({ api: "app", method: "POST", path: "/v1/send/email", status: 200 });
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_WORKSPACE.appApiKey}`);
    expect(request?.body).toEqual({
      transactional_message_id: 3,
      to: "Jenny Rosen <jenny.rosen@example.com>",
      identifiers: { email: "jenny.rosen@example.com" },
      headers: {},
      message_data: { amount: "$20.00", receipt_url: "https://pay.stripe.com/receipts/1" },
      subject: "Your receipt",
      from: "billing@example.com",
      reply_to: "support@example.com",
    });
  });

  it("sends a trigger name as a string and identifies by ID when asked", async () => {
    await testbed.run({
      action: sendTransactionalEmail,
      input: { transactionalMessageId: "receipt", to: "a@example.com", identifierType: "id", identifier: "cus_1" },
    });
    expect(testbed.standIn.requests[0]?.body).toEqual({ transactional_message_id: "receipt", to: "a@example.com", identifiers: { id: "cus_1" }, headers: {} });
  });

  it("fails for good, without a request, when the connection has no App API key", async () => {
    const client = testbed.clientWith({ settings: { appApiKey: undefined } });
    const error = await testbed.run({ action: sendTransactionalEmail, input: INPUT, client }).catch((e: unknown) => e);
    expect(classifyCustomerioError({ error })).toEqual({
      kind: "permanent",
      message: "Add an App API key to the Customer.io connection to send transactional email.",
      userMessage: said("runErrors.customerio.needsAppApiKey"),
    });
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("shows the App API's own message for a 400", async () => {
    testbed.standIn.failNext({ status: 400, body: { meta: { error: "transactional message 3 is not active" } } });
    const error = await testbed.run({ action: sendTransactionalEmail, input: INPUT }).catch((e: unknown) => e);
    expect(classifyCustomerioError({ error })).toMatchObject({
      kind: "permanent",
      status: 400,
      message: "Customer.io rejected the request (HTTP 400: transactional message 3 is not active).",
    });
  });

  it("cannot be deduplicated: a retry after a lost reply queues a second email (the App API has no idempotency key)", async () => {
    testbed.standIn.failNext({ drop: "after" });
    const error = await testbed.run({ action: sendTransactionalEmail, input: INPUT, idempotencyKey: "k" }).catch((e: unknown) => e);
    expect(classifyCustomerioError({ error })).toMatchObject({ kind: "unknown" });
    expect(sendTransactionalEmail.idempotent).toBe(false);
    await testbed.run({ action: sendTransactionalEmail, input: INPUT, idempotencyKey: "k" });
    expect(testbed.standIn.store().deliveries).toHaveLength(2);
  });

  const schema = fieldsSchema(sendTransactionalEmail.inputs);
  it.each([
    { name: "no message", input: { ...INPUT, transactionalMessageId: "" }, message: "Transactional message is required." },
    { name: "no recipient", input: { ...INPUT, to: undefined }, message: "To is required." },
    { name: "no person", input: { ...INPUT, identifier: "" }, message: "Person ID or email is required." },
    { name: "an unknown kind of identifier", input: { ...INPUT, identifierType: "cio" }, message: "Person identified by must be one of: email, id." },
  ])("rejects $name before calling Customer.io", ({ input, message }) => {
    expect(schema.safeParse(input).error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
