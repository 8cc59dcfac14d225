import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { CustomerioCallError } from "@/lib/catalog/customerio/customerio-errors";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import { said } from "@/lib/i18n/user-message";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

describe("callCustomerio", () => {
  it("resolves with the SDK's answer", async () => {
    await expect(callCustomerio({ api: "track", operation: "Create or update person", call: () => testbed.client.track.identify("p1", {}) })).resolves.toEqual(
      {},
    );
  });

  it.each([
    {
      name: "an empty identifier",
      call: () => testbed.client.track.track("", { name: "x" }),
      message: "The person ID or email is empty, and Customer.io needs it. Check what this step's input is mapped to.",
      userMessage: said("runErrors.customerio.missingParam", { what: said("runErrors.customerio.paramPersonId") }),
    },
    {
      name: "a missing event name",
      call: () => testbed.client.track.track("p1", {}),
      message: "The event name is empty, and Customer.io needs it. Check what this step's input is mapped to.",
      userMessage: said("runErrors.customerio.missingParam", { what: said("runErrors.customerio.paramEventName") }),
    },
  ])("turns the SDK's synchronous throw for $name into a rejection, without a request", async ({ call, message, userMessage }) => {
    const result = callCustomerio({ api: "track", operation: "Track event", call });
    expect(result).toBeInstanceOf(Promise);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CustomerioCallError);
    expect(classifyCustomerioError({ error })).toEqual({ kind: "permanent", message, userMessage });
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  it("rejects a 207 partial failure, which the SDK resolves as success", async () => {
    const body = { errors: [{ batch_index: 0, reason: "required", field: "identifiers", message: "identifiers is required" }] };
    testbed.standIn.failNext({ status: 207, body });
    await expect(testbed.client.track.identify("p1", {})).resolves.toEqual(body);

    testbed.standIn.failNext({ status: 207, body });
    const error = await callCustomerio({ api: "track", operation: "Create or update person", call: () => testbed.client.track.identify("p1", {}) }).catch(
      (e: unknown) => e,
    );
    expect(classifyCustomerioError({ error })).toEqual({
      kind: "permanent",
      status: 207,
      message: "Customer.io accepted only part of the request: identifiers: required: identifiers is required.",
      userMessage: said("runErrors.customerio.partiallyAccepted", { errors: "identifiers: required: identifiers is required" }),
      body,
    });
  });
});
