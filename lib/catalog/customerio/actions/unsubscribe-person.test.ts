import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { unsubscribePerson } from "@/lib/catalog/customerio/actions/unsubscribe-person";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

describe("unsubscribe_person", () => {
  it("PUTs unsubscribed: true to /customers/{id}", async () => {
    expect(await testbed.run({ action: unsubscribePerson, input: { personId: "jenny@example.com" } })).toEqual({ personId: "jenny@example.com" });
    expect(testbed.standIn.requests[0]).toMatchObject({
      method: "PUT",
      path: "/api/v1/customers/jenny%40example.com",
      body: { unsubscribed: true },
      status: 200,
    });
    expect(testbed.standIn.store().people.get("jenny@example.com")).toEqual({ unsubscribed: true });
  });

  it("needs a person of at most 150 bytes", () => {
    expect(fieldsSchema(unsubscribePerson.inputs).safeParse({ personId: "x".repeat(151) }).success).toBe(false);
  });
});
