import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToSegment } from "@/lib/catalog/customerio/actions/add-to-segment";
import { removeFromSegment } from "@/lib/catalog/customerio/actions/remove-from-segment";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

describe("remove_from_segment", () => {
  it("POSTs the ids to /segments/{id}/remove_customers", async () => {
    await testbed.run({ action: addToSegment, input: { segmentId: 12, personIds: "cus_1,cus_2" } });
    const output = await testbed.run({ action: removeFromSegment, input: { segmentId: 12, personIds: "cus_1", idType: "cio_id" } });
    expect(output).toEqual({ segmentId: 12, personIds: ["cus_1"] });
    expect(testbed.standIn.requests[1]).toMatchObject({
      method: "POST",
      path: "/api/v1/segments/12/remove_customers",
      query: { id_type: "cio_id" },
      body: { ids: ["cus_1"] },
      status: 200,
    });
    expect([...(testbed.standIn.store().segments.get(12) ?? [])]).toEqual(["cus_2"]);
  });
});
