import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { trackAnonymousEvent } from "@/lib/catalog/customerio/actions/track-anonymous-event";
import { startCustomerioTestbed, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import { deterministicUlid } from "@/lib/catalog/customerio/deterministic-ulid";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

const RUN_CREATED_AT = new Date("2026-03-01T10:00:00.000Z");

describe("track_anonymous_event", () => {
  it("POSTs the event with its anonymous_id and a deterministic id to /events", async () => {
    const input = { anonymousId: "cs_test_a1b2c3", name: "checkout_completed", data: { amount: 20 }, timestamp: "2023-11-14T22:13:20Z" };
    const output = await testbed.run({ action: trackAnonymousEvent, input, idempotencyKey: "run_9:step_1", runCreatedAt: RUN_CREATED_AT });
    const eventId = deterministicUlid({ key: "run_9:step_1", timeMs: RUN_CREATED_AT.getTime() });
    expect(output).toEqual({ anonymousId: "cs_test_a1b2c3", eventId, name: "checkout_completed" });
    expect(testbed.standIn.requests[0]).toMatchObject({
      method: "POST",
      path: "/api/v1/events",
      status: 200,
      body: { name: "checkout_completed", id: eventId, data: { amount: 20 }, timestamp: 1_700_000_000, anonymous_id: "cs_test_a1b2c3" },
    });
    expect(testbed.standIn.store().events).toMatchObject([{ anonymousId: "cs_test_a1b2c3", id: eventId }]);
  });

  it("is stored once when retried with the same idempotency key", async () => {
    testbed.standIn.failNext({ drop: "after" });
    const input = { anonymousId: "a1", name: "viewed_pricing" };
    await expect(testbed.run({ action: trackAnonymousEvent, input, idempotencyKey: "k", runCreatedAt: RUN_CREATED_AT })).rejects.toThrow();
    await testbed.run({ action: trackAnonymousEvent, input, idempotencyKey: "k", runCreatedAt: RUN_CREATED_AT });
    expect(testbed.standIn.requests).toHaveLength(2);
    expect(testbed.standIn.store().events).toHaveLength(1);
  });

  it.each([
    { name: "no anonymous ID", input: { name: "e" }, message: "Anonymous ID is required." },
    { name: "no event name", input: { anonymousId: "a" }, message: "Event name is required." },
  ])("rejects $name before calling Customer.io", ({ input, message }) => {
    const result = fieldsSchema(trackAnonymousEvent.inputs).safeParse(input);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
