import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { addToSegment } from "@/lib/catalog/customerio/actions/add-to-segment";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

describe("add_to_segment", () => {
  it("POSTs the ids to /segments/{id}/add_customers", async () => {
    const output = await testbed.run({ action: addToSegment, input: { segmentId: "12", personIds: "cus_1, cus_2\ncus_3\n\ncus_1" } });
    expect(output).toEqual({ segmentId: 12, personIds: ["cus_1", "cus_2", "cus_3"] });
    expect(testbed.standIn.requests[0]).toMatchObject({
      method: "POST",
      path: "/api/v1/segments/12/add_customers",
      query: { id_type: "id" },
      body: { ids: ["cus_1", "cus_2", "cus_3"] },
      status: 200,
    });
    expect([...(testbed.standIn.store().segments.get(12) ?? [])]).toEqual(["cus_1", "cus_2", "cus_3"]);
  });

  it("passes the kind of identifier as id_type", async () => {
    await testbed.run({ action: addToSegment, input: { segmentId: 4, personIds: "jenny@example.com", idType: "email" } });
    expect(testbed.standIn.requests[0]).toMatchObject({ query: { id_type: "email" }, body: { ids: ["jenny@example.com"] } });
  });

  const schema = fieldsSchema(addToSegment.inputs);
  it.each([
    { name: "no segment", input: { personIds: "a" }, message: "Segment ID is required." },
    { name: "a segment ID that is not a number", input: { segmentId: "vip", personIds: "a" }, message: "Segment ID must be a number." },
    { name: "segment 0", input: { segmentId: 0, personIds: "a" }, message: "Segment ID must be at least 1." },
    { name: "no people", input: { segmentId: 1, personIds: " , \n" }, message: "People is required." },
    {
      name: "1001 people",
      input: { segmentId: 1, personIds: Array.from({ length: 1001 }, (_, i) => `p${i}`).join(",") },
      message: "People can list at most 1000 people per step.",
    },
    { name: "a 151-byte ID", input: { segmentId: 1, personIds: "x".repeat(151) }, message: `People: "${"x".repeat(40)}…" is longer than 150 bytes.` },
    {
      name: "an unknown kind of identifier",
      input: { segmentId: 1, personIds: "a", idType: "phone" },
      message: "People are identified by must be one of: id, email, cio_id.",
    },
  ])("rejects $name before calling Customer.io", ({ input, message }) => {
    const result = schema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
