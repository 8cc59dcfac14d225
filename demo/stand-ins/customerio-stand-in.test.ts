// The stand-in tested with plain fetch, so that it is checked against Customer.io's documents
// rather than against the code that will call it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const US = { siteId: "site-us", trackApiKey: "track-key-us", appApiKey: "app-key-us", environmentId: 7 };
const EU = { siteId: "site-eu", trackApiKey: "track-key-eu", appApiKey: "app-key-eu", region: "eu" as const, environmentId: 8 };
const ULID = "01HF3ZQ4X8M6J5T9V2K7N0PQRS";

const basic = (siteId: string, key: string) => `Basic ${Buffer.from(`${siteId}:${key}`).toString("base64")}`;
const TRACK_AUTH = basic(US.siteId, US.trackApiKey);

let standIn: CustomerioStandIn;

async function call(path: string, { method = "POST", body, auth = TRACK_AUTH }: { method?: string; body?: unknown; auth?: string | null } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (auth) headers.authorization = auth;
  const response = await fetch(`${standIn.trackUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
}

beforeEach(async () => {
  standIn ??= await startCustomerioStandIn({ region: "us", workspaces: [US, EU] });
  standIn.reset();
});

afterAll(async () => {
  await standIn.close();
});

describe("Customer.io stand-in: Track API", () => {
  it("creates and updates a person, answering 200 with an empty object", async () => {
    expect(await call("/api/v1/customers/cus_1", { method: "PUT", body: { email: "a@example.com", plan: "basic" } })).toMatchObject({ status: 200, body: {} });
    await call("/api/v1/customers/cus_1", { method: "PUT", body: { plan: "pro" } });
    expect(standIn.store().people.get("cus_1")).toEqual({ email: "a@example.com", plan: "pro" });
  });

  it("decodes the identifier in the path", async () => {
    await call(`/api/v1/customers/${encodeURIComponent("a+b@example.com")}`, { method: "PUT", body: { unsubscribed: true } });
    expect(standIn.store().people.get("a+b@example.com")).toEqual({ unsubscribed: true });
  });

  it("deletes a person", async () => {
    await call("/api/v1/customers/cus_1", { method: "PUT", body: {} });
    expect((await call("/api/v1/customers/cus_1", { method: "DELETE" })).status).toBe(200);
    expect(standIn.store().people.has("cus_1")).toBe(false);
  });

  it("stores events once per id, like Customer.io's deduplication", async () => {
    const event = { name: "purchase", id: ULID, data: { price: 23.45 } };
    expect((await call("/api/v1/customers/cus_1/events", { body: event })).status).toBe(200);
    expect((await call("/api/v1/customers/cus_1/events", { body: event })).status).toBe(200);
    expect((await call("/api/v1/customers/cus_1/events", { body: { ...event, id: ULID.toLowerCase() } })).status).toBe(200);
    await call("/api/v1/customers/cus_1/events", { body: { name: "purchase" } });
    await call("/api/v1/customers/cus_1/events", { body: { name: "purchase" } });
    expect(standIn.store().events.map((stored) => stored.id)).toEqual([ULID, undefined, undefined]);
    expect(standIn.store().events[0]).toMatchObject({ customerId: "cus_1", name: "purchase", data: { price: 23.45 } });
    expect(standIn.requests).toHaveLength(5);
  });

  it("stores anonymous events", async () => {
    await call("/api/v1/events", { body: { name: "watched_video", anonymous_id: "abc123", id: ULID } });
    expect(standIn.store().events).toMatchObject([{ anonymousId: "abc123", name: "watched_video", id: ULID }]);
  });

  it("adds people to and removes them from a manual segment", async () => {
    await call("/api/v1/segments/12/add_customers", { body: { ids: ["a", "b"] } });
    await call("/api/v1/segments/12/remove_customers?id_type=id", { body: { ids: ["a"] } });
    expect([...(standIn.store().segments.get(12) ?? [])]).toEqual(["b"]);
  });

  it("answers the region lookup for a workspace of either region", async () => {
    expect(await call("/api/v1/accounts/region", { method: "GET" })).toMatchObject({
      status: 200,
      body: { url: "https://track.customer.io", region: "us", environment_id: 7 },
    });
    const eu = await call("/api/v1/accounts/region", { method: "GET", auth: basic(EU.siteId, EU.trackApiKey) });
    expect(eu).toMatchObject({ status: 200, body: { url: "https://track-eu.customer.io", region: "eu", environment_id: 8 } });
  });

  it.each([
    { name: "no credentials", auth: null },
    { name: "a wrong key", auth: basic(US.siteId, "wrong") },
    { name: "an unknown site id", auth: basic("other", US.trackApiKey) },
    { name: "a bearer token", auth: `Bearer ${US.appApiKey}` },
    { name: "another region's workspace", auth: basic(EU.siteId, EU.trackApiKey) },
  ])("answers 401 to $name", async ({ auth }) => {
    const result = await call("/api/v1/customers/cus_1", { method: "PUT", body: {}, auth });
    expect(result.status).toBe(401);
    expect(standIn.store().people.size).toBe(0);
  });

  it("answers 404 to paths it does not know, such as the // of a trailing-slash base URL", async () => {
    expect((await call("/api/v1//customers/cus_1", { method: "PUT", body: {} })).status).toBe(404);
    expect((await call("/api/v1/customers/cus_1", { method: "PATCH", body: {} })).status).toBe(404);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await fetch(`${standIn.trackUrl}/api/v1/customers/cus_1`, { method: "PUT", headers: { authorization: TRACK_AUTH }, body: "{" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ meta: { errors: ["body: invalid JSON"] } });
  });

  const attributes = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`a${i}`, i]));
  it.each([
    { name: "a 150-byte identifier", path: `/api/v1/customers/${"é".repeat(75)}`, method: "PUT", body: {}, status: 200 },
    {
      name: "a 151-byte identifier",
      path: `/api/v1/customers/${"x".repeat(151)}`,
      method: "PUT",
      body: {},
      status: 400,
      error: "identifier: longer than 150 bytes",
    },
    { name: "a 150-byte attribute name", path: "/api/v1/customers/c", method: "PUT", body: { ["n".repeat(150)]: 1 }, status: 200 },
    {
      name: "a 151-byte attribute name",
      path: "/api/v1/customers/c",
      method: "PUT",
      body: { ["n".repeat(151)]: 1 },
      status: 400,
      error: "longer than 150 bytes",
    },
    { name: "a 1000-byte value", path: "/api/v1/customers/c", method: "PUT", body: { note: "v".repeat(1000) }, status: 200 },
    {
      name: "a 1001-byte value",
      path: "/api/v1/customers/c",
      method: "PUT",
      body: { note: "v".repeat(1001) },
      status: 400,
      error: 'attribute "note": value longer than 1000 bytes',
    },
    { name: "300 attributes", path: "/api/v1/customers/c", method: "PUT", body: attributes(300), status: 200 },
    { name: "301 attributes", path: "/api/v1/customers/c", method: "PUT", body: attributes(301), status: 400, error: "attributes: more than 300 in one call" },
    { name: "a 100-byte event name", path: "/api/v1/customers/c/events", method: "POST", body: { name: "e".repeat(100) }, status: 200 },
    {
      name: "a 101-byte event name",
      path: "/api/v1/customers/c/events",
      method: "POST",
      body: { name: "e".repeat(101) },
      status: 400,
      error: "name: longer than 100 bytes",
    },
    { name: "an event without a name", path: "/api/v1/events", method: "POST", body: { anonymous_id: "x" }, status: 400, error: "name: is required" },
    {
      name: "event data over 100,000 bytes",
      path: "/api/v1/customers/c/events",
      method: "POST",
      body: { name: "e", data: { blob: "d".repeat(100_000) } },
      status: 400,
      error: "data: longer than 100000 bytes",
    },
    {
      name: "an event id that is not a ULID",
      path: "/api/v1/customers/c/events",
      method: "POST",
      body: { name: "e", id: "evt_123" },
      status: 400,
      error: "id: must be a ULID",
    },
    {
      name: "1001 segment ids",
      path: "/api/v1/segments/1/add_customers",
      method: "POST",
      body: { ids: Array.from({ length: 1001 }, (_, i) => `p${i}`) },
      status: 400,
      error: "ids: at most 1000 per request",
    },
    {
      name: "no segment ids",
      path: "/api/v1/segments/1/add_customers",
      method: "POST",
      body: { ids: [] },
      status: 400,
      error: "ids: at least one is required",
    },
    {
      name: "a segment id that is not a number",
      path: "/api/v1/segments/vip/add_customers",
      method: "POST",
      body: { ids: ["a"] },
      status: 400,
      error: "segment_id: must be an integer",
    },
    {
      name: "an unknown id_type",
      path: "/api/v1/segments/1/add_customers?id_type=phone",
      method: "POST",
      body: { ids: ["a"] },
      status: 400,
      error: "id_type: must be one of id, email, cio_id",
    },
  ])("enforces the documented limits: $name → $status", async ({ path, method, body, status, error }) => {
    const result = await call(path, { method, body });
    expect(result.status).toBe(status);
    if (error) expect(result.body).toEqual({ meta: { errors: [expect.stringContaining(error)] } });
  });
});

describe("Customer.io stand-in: App API", () => {
  const send = (body: unknown, auth = `Bearer ${US.appApiKey}`) =>
    fetch(`${standIn.appUrl}/v1/send/email`, {
      method: "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("queues a transactional email and answers with its delivery id", async () => {
    const message = { transactional_message_id: 3, to: "a@example.com", identifiers: { email: "a@example.com" }, message_data: { total: "$20" } };
    const response = await send(message);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { delivery_id: string; queued_at: number };
    expect(body).toEqual({ delivery_id: expect.any(String), queued_at: expect.any(Number) });
    expect(standIn.store().deliveries).toEqual([{ deliveryId: body.delivery_id, queuedAt: body.queued_at, message }]);
  });

  it.each([
    { name: "no to", body: { transactional_message_id: 3, identifiers: { id: "1" } }, error: "to is required" },
    {
      name: "no identifiers",
      body: { transactional_message_id: 3, to: "a@example.com" },
      error: "identifiers must contain exactly one of id, email or cio_id",
    },
    {
      name: "two identifiers",
      body: { transactional_message_id: 3, to: "a@example.com", identifiers: { id: "1", email: "a@example.com" } },
      error: "identifiers must contain exactly one of id, email or cio_id",
    },
    { name: "no message", body: { to: "a@example.com", identifiers: { id: "1" } }, error: "transactional_message_id is required (or body, subject and from)" },
  ])("answers 400 with meta.error to $name", async ({ body, error }) => {
    const response = await send(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ meta: { error } });
  });

  it.each([
    { name: "a wrong App API key", auth: "Bearer wrong" },
    { name: "Track credentials", auth: TRACK_AUTH },
    { name: "another region's App API key", auth: `Bearer ${EU.appApiKey}` },
  ])("answers 401 to $name", async ({ auth }) => {
    expect((await send({ transactional_message_id: 3, to: "a@example.com", identifiers: { id: "1" } }, auth)).status).toBe(401);
  });
});

describe("Customer.io stand-in: recording and scripted failures", () => {
  it("records method, path, query, headers, body and time", async () => {
    const before = Date.now();
    await call("/api/v1/segments/4/add_customers?id_type=email", { body: { ids: ["a@example.com"] } });
    expect(standIn.requests).toEqual([
      {
        api: "track",
        method: "POST",
        path: "/api/v1/segments/4/add_customers",
        query: { id_type: "email" },
        headers: expect.objectContaining({ authorization: TRACK_AUTH, "content-type": "application/json" }),
        rawBody: '{"ids":["a@example.com"]}',
        body: { ids: ["a@example.com"] },
        at: expect.any(Date),
        status: 200,
      },
    ]);
    expect(standIn.requests[0]!.at.getTime()).toBeGreaterThanOrEqual(before);
  });

  it("answers scripted statuses, headers and bodies, then goes back to normal", async () => {
    standIn.failNext({ status: 429, headers: { "retry-after": "7" }, times: 2 });
    const first = await call("/api/v1/customers/c", { method: "PUT", body: {} });
    const second = await call("/api/v1/customers/c", { method: "PUT", body: {} });
    const third = await call("/api/v1/customers/c", { method: "PUT", body: {} });
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(standIn.requests.map((request) => request.status)).toEqual([429, 429, 200]);
  });

  it("answers every matching request with a scripted failure for a time window (an outage)", async () => {
    standIn.failNext({ status: 503, until: new Date(Date.now() + 60_000), api: "track" });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await call("/api/v1/customers/c", { method: "PUT", body: {} })).status);
    expect(statuses).toEqual([503, 503, 503]);
    standIn.reset();
    standIn.failNext({ status: 503, until: new Date(Date.now() - 1) });
    expect((await call("/api/v1/customers/c", { method: "PUT", body: {} })).status).toBe(200);
  });

  it("scripts failures for one API only", async () => {
    standIn.failNext({ api: "app", status: 500, body: "<html>Bad gateway</html>" });
    expect((await call("/api/v1/customers/c", { method: "PUT", body: {} })).status).toBe(200);
    const response = await fetch(`${standIn.appUrl}/v1/send/email`, { method: "POST", headers: { authorization: `Bearer ${US.appApiKey}` }, body: "{}" });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("<html>Bad gateway</html>");
  });

  it("scripts failures for one method and path only", async () => {
    standIn.failNext({ method: "POST", path: /\/events$/, status: 503 });
    expect((await call("/api/v1/customers/c", { method: "PUT", body: {} })).status).toBe(200);
    expect((await call("/api/v1/customers/c/events", { body: { name: "e" } })).status).toBe(503);
    expect((await call("/api/v1/customers/c/events", { body: { name: "e" } })).status).toBe(200);
  });

  it("drops the connection before the request takes effect", async () => {
    standIn.failNext({ drop: "before" });
    await expect(call("/api/v1/customers/c/events", { body: { name: "e", id: ULID } })).rejects.toThrow(TypeError);
    expect(standIn.store().events).toEqual([]);
    expect(standIn.requests[0]!.status).toBeUndefined();
  });

  it("loses the reply after the request took effect", async () => {
    standIn.failNext({ drop: "after" });
    await expect(call("/api/v1/customers/c/events", { body: { name: "e", id: ULID } })).rejects.toThrow(TypeError);
    expect(standIn.store().events).toHaveLength(1);
  });

  it("never answers a hanging request, and still closes", async () => {
    const hanging = await startCustomerioStandIn({ workspaces: [US] });
    hanging.failNext({ hang: true });
    const request = fetch(`${hanging.trackUrl}/api/v1/accounts/region`, { headers: { authorization: TRACK_AUTH }, signal: AbortSignal.timeout(100) });
    await expect(request).rejects.toMatchObject({ name: "TimeoutError" });
    await hanging.close();
  });

  it("holds a reply until release: 'after' takes effect at once, 'before' only when released", async () => {
    standIn.failNext({ hold: "after" });
    standIn.failNext({ hold: "before" });
    const after = call("/api/v1/customers/c/events", { body: { name: "after", id: ULID } });
    await expect.poll(() => standIn.store().events.map((event) => event.name)).toEqual(["after"]);
    const before = call("/api/v1/customers/c/events", { body: { name: "before" } });
    await expect.poll(() => standIn.requests.length).toBe(2);
    expect(standIn.store().events).toHaveLength(1);
    standIn.release();
    expect(await after).toMatchObject({ status: 200, body: {} });
    expect(await before).toMatchObject({ status: 200, body: {} });
    expect(standIn.store().events.map((event) => event.name)).toEqual(["after", "before"]);
  });

  it("forgets everything on reset", async () => {
    standIn.failNext({ status: 500 });
    await call("/api/v1/customers/c", { method: "PUT", body: {} });
    await call("/api/v1/customers/c", { method: "PUT", body: {} });
    standIn.failNext({ status: 500 });
    standIn.reset();
    expect(standIn.requests).toEqual([]);
    expect(standIn.store().people.size).toBe(0);
    expect((await call("/api/v1/customers/c", { method: "PUT", body: {} })).status).toBe(200);
  });
});
