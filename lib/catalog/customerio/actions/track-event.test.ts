import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fieldsSchema } from "@/lib/catalog/field";
import { trackEvent } from "@/lib/catalog/customerio/actions/track-event";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { startCustomerioTestbed, TEST_WORKSPACE, type CustomerioTestbed } from "@/lib/catalog/customerio/customerio-testbed";
import { deterministicUlid } from "@/lib/catalog/customerio/deterministic-ulid";
import { said } from "@/lib/i18n/user-message";

let testbed: CustomerioTestbed;
beforeAll(async () => {
  testbed = await startCustomerioTestbed();
});
beforeEach(() => testbed.standIn.reset());
afterAll(() => testbed.standIn.close());

const RUN_CREATED_AT = new Date("2026-03-01T10:00:00.000Z");
const INPUT = { personId: "cus_NffrFeUfNV2Hib", name: "payment_failed", data: { amount: "20.00", attempt: 2 }, timestamp: "1700000000000" };

describe("track_event", () => {
  it("POSTs the event with a deterministic ULID id to /customers/{id}/events", async () => {
    const output = await testbed.run({ action: trackEvent, input: INPUT, idempotencyKey: "run_1:step_0", runCreatedAt: RUN_CREATED_AT });
    const eventId = deterministicUlid({ key: "run_1:step_0", timeMs: RUN_CREATED_AT.getTime() });
    expect(output).toEqual({ personId: "cus_NffrFeUfNV2Hib", eventId, name: "payment_failed" });
    const [request] = testbed.standIn.requests;
    expect(request).toMatchObject({ method: "POST", path: "/api/v1/customers/cus_NffrFeUfNV2Hib/events", status: 200 });
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_WORKSPACE.siteId}:${TEST_WORKSPACE.trackApiKey}`).toString("base64")}`);
    expect(request?.body).toEqual({ name: "payment_failed", id: eventId, data: { amount: "20.00", attempt: 2 }, timestamp: 1_700_000_000 });
  });

  it("takes the id's time from the event's timestamp when the run's creation time is not given", async () => {
    const output = await testbed.run({ action: trackEvent, input: INPUT, idempotencyKey: "k" });
    expect(output.eventId).toBe(deterministicUlid({ key: "k", timeMs: 1_700_000_000_000 }));
  });

  it("leaves out data and timestamp when they are empty", async () => {
    await testbed.run({ action: trackEvent, input: { personId: "p1", name: "signed_up", data: "", timestamp: "" } });
    expect(testbed.standIn.requests[0]?.body).toEqual({ name: "signed_up", id: expect.stringMatching(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/) });
  });

  it("is stored once when a step is retried after its reply was lost", async () => {
    testbed.standIn.failNext({ drop: "after" });
    const error = await testbed
      .run({ action: trackEvent, input: INPUT, idempotencyKey: "run_1:step_0", runCreatedAt: RUN_CREATED_AT })
      .catch((e: unknown) => e);
    expect(classifyCustomerioError({ error })).toMatchObject({ kind: "unknown" });
    expect(trackEvent.idempotent).toBe(true);
    // The worker's retry: same run, same step, same key.
    await testbed.run({ action: trackEvent, input: INPUT, idempotencyKey: "run_1:step_0", runCreatedAt: RUN_CREATED_AT });

    const ids = testbed.standIn.requests.map((request) => (request.body as { id: string }).id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(testbed.standIn.store().events).toHaveLength(1);
  });

  it("stores the events of two different steps", async () => {
    await testbed.run({ action: trackEvent, input: INPUT, idempotencyKey: "run_1:step_0", runCreatedAt: RUN_CREATED_AT });
    await testbed.run({ action: trackEvent, input: INPUT, idempotencyKey: "run_2:step_0", runCreatedAt: RUN_CREATED_AT });
    expect(testbed.standIn.store().events).toHaveLength(2);
  });

  it("rejects, without throwing synchronously, when the input skipped validation", async () => {
    const result = trackEvent.run({ input: { personId: "", name: "x", data: undefined, timestamp: undefined }, client: testbed.client, idempotencyKey: "k" });
    const error = await result.catch((e: unknown) => e);
    expect(classifyCustomerioError({ error })).toEqual({
      kind: "permanent",
      message: "The person ID or email is empty, and Customer.io needs it. Check what this step's input is mapped to.",
      userMessage: said("runErrors.customerio.missingParam", { what: said("runErrors.customerio.paramPersonId") }),
    });
    expect(testbed.standIn.requests).toHaveLength(0);
  });

  const schema = fieldsSchema(trackEvent.inputs);
  it.each([
    { name: "no event name", input: { personId: "p" }, message: "Event name is required." },
    { name: "a 101-byte event name", input: { personId: "p", name: "e".repeat(101) }, message: "Event name must be at most 100 bytes." },
    {
      name: "over 100,000 bytes of data",
      input: { personId: "p", name: "e", data: { blob: "d".repeat(100_000) } },
      message: "Event data must be at most 100,000 bytes in all.",
    },
    {
      name: "a timestamp that is not a date",
      input: { personId: "p", name: "e", timestamp: "soon" },
      message: "When it happened must be a date like 2024-05-01T12:00:00Z, or a Unix time in seconds or milliseconds.",
    },
    {
      name: "a timestamp in microseconds",
      input: { personId: "p", name: "e", timestamp: 1_700_000_000_000_000 },
      message: "When it happened must be a date like 2024-05-01T12:00:00Z, or a Unix time in seconds or milliseconds.",
    },
  ])("rejects $name before calling Customer.io", ({ input, message }) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
