import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { deletePerson } from "@/lib/catalog/customerio/actions/delete-person";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import { startCustomerioTestbed, TEST_WORKSPACE, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

describe("delete_person", () => {
  it("DELETEs /customers/{id} without a body", async () => {
    await testbed.run({ action: identifyPerson, input: { personId: "cus_1" } });
    expect(await testbed.run({ action: deletePerson, input: { personId: "cus_1" } })).toEqual({ personId: "cus_1" });
    expect(testbed.standIn.requests[1]).toMatchObject({ method: "DELETE", path: "/api/v1/customers/cus_1", rawBody: "", status: 200 });
    expect(testbed.standIn.requests[1]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${TEST_WORKSPACE.siteId}:${TEST_WORKSPACE.trackApiKey}`).toString("base64")}`,
    );
    expect(testbed.standIn.store().people.has("cus_1")).toBe(false);
  });

  it("needs a person", () => {
    expect(
      fieldsSchema(deletePerson.inputs)
        .safeParse({ personId: "" })
        .error?.issues.map((issue) => issue.message),
    ).toEqual(["Person ID or email is required."]);
  });

  it("treats a person ID of only spaces (e.g. a template whose values were empty) as missing", () => {
    expect(
      fieldsSchema(deletePerson.inputs)
        .safeParse({ personId: "   " })
        .error?.issues.map((issue) => issue.message),
    ).toEqual(["Person ID or email is required."]);
  });
});
