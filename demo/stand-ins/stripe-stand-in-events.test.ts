// GET /v1/events on the Stripe stand-in, read with the real SDK, against Stripe's documented
// behaviour: newest first, `types[]`/`type`, `created[...]`, `limit`, both cursors and `has_more`,
// events made at run time, and 429/401 on demand.
import Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;
const ids = (list: Stripe.ApiList<Stripe.Event>) => list.data.map((event) => event.id);

/** Events e0 (oldest) … e<n-1> (newest), one a second from `from`, alternating the two types. */
function makeEvents(count: number, from = 1_700_000_000): string[] {
  return Array.from({ length: count }, (_, index) => {
    const type = index % 2 === 0 ? "customer.created" : "charge.failed";
    return testbed.standIn.createEvent({ type, object: { id: `obj_${index}`, object: type.split(".")[0]! }, created: from + index }).event.id as string;
  });
}

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("Stripe stand-in: GET /v1/events", () => {
  it("lists events made at run time newest first, 10 by default, with has_more", async () => {
    const made = makeEvents(12);
    const page = await testbed.client().events.list();
    expect(ids(page)).toEqual(made.toReversed().slice(0, 10));
    expect(page.has_more).toBe(true);
    expect(page.url).toBe("/v1/events");
    const rest = await testbed.client().events.list({ starting_after: made[2] });
    expect(ids(rest)).toEqual([made[1], made[0]]);
    expect(rest.has_more).toBe(false);
  });

  it("gives the page just newer than ending_before, still newest first", async () => {
    const made = makeEvents(10);
    const page = await testbed.client().events.list({ ending_before: made[2], limit: 3 });
    expect(ids(page)).toEqual([made[5], made[4], made[3]]);
    expect(page.has_more).toBe(true);
    const last = await testbed.client().events.list({ ending_before: made[6], limit: 3 });
    expect(ids(last)).toEqual([made[9], made[8], made[7]]);
    expect(last.has_more).toBe(false);
  });

  it("filters by types[] and by type (with a wildcard), paging from a cursor of another type", async () => {
    const made = makeEvents(6);
    const customers = await testbed.client().events.list({ types: ["customer.created"] });
    expect(ids(customers)).toEqual([made[4], made[2], made[0]]);
    const afterCharge = await testbed.client().events.list({ types: ["customer.created"], ending_before: made[1] });
    expect(ids(afterCharge)).toEqual([made[4], made[2]]);
    expect(ids(await testbed.client().events.list({ type: "charge.*" }))).toEqual([made[5], made[3], made[1]]);
    const both = await fetch(`${testbed.standIn.url}/v1/events?type=charge.failed&types[0]=charge.failed`, {
      headers: { authorization: `Bearer ${TEST_KEYS.secret}` },
    });
    expect(both.status).toBe(400);
  });

  it("filters by created: an exact second or gt/gte/lt/lte bounds", async () => {
    const made = makeEvents(6, 1_000);
    expect(ids(await testbed.client().events.list({ created: { gt: 1_002 } }))).toEqual([made[5], made[4], made[3]]);
    expect(ids(await testbed.client().events.list({ created: { gte: 1_002, lt: 1_004 } }))).toEqual([made[3], made[2]]);
    expect(ids(await testbed.client().events.list({ created: { lte: 1_000 } }))).toEqual([made[0]]);
    expect(ids(await testbed.client().events.list({ created: 1_001 }))).toEqual([made[1]]);
    await expect(testbed.client().events.list({ created: { gt: "soon" as unknown as number } })).rejects.toMatchObject({
      statusCode: 400,
      param: "created[gt]",
    });
  });

  it("refuses a limit outside 1–100 and a cursor that does not exist", async () => {
    makeEvents(2);
    await expect(testbed.client().events.list({ limit: 101 })).rejects.toMatchObject({ statusCode: 400, param: "limit" });
    await expect(testbed.client().events.list({ limit: 0 })).rejects.toMatchObject({ statusCode: 400, param: "limit" });
    await expect(testbed.client().events.list({ ending_before: "evt_gone" })).rejects.toMatchObject({
      statusCode: 400,
      code: "resource_missing",
      param: "ending_before",
    });
    expect((await testbed.client().events.list({ limit: 100 })).data).toHaveLength(2);
  });

  it("answers 429 and 401 on demand", async () => {
    makeEvents(1);
    testbed.standIn.failNext({ status: 429, path: "/v1/events" });
    await expect(testbed.client().events.list()).rejects.toMatchObject({ statusCode: 429, code: "rate_limit" });
    expect((await testbed.client().events.list()).data).toHaveLength(1);
    testbed.standIn.revokeKey(TEST_KEYS.secret);
    await expect(testbed.client().events.list()).rejects.toMatchObject({ statusCode: 401, code: "api_key_expired" });
  });
});
