// The Stripe stand-in tested with plain fetch, so that it is checked against Stripe's documented
// behaviour rather than against the code that will call it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

let standIn: StripeStandIn;

interface CallOptions {
  method?: string;
  key?: string | null;
  form?: string;
  headers?: Record<string, string>;
}

async function call(path: string, { method = "GET", key = TEST_KEYS.secret, form, headers = {} }: CallOptions = {}) {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(form === undefined ? {} : { "content-type": "application/x-www-form-urlencoded" }),
      ...headers,
    },
    body: form,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text.startsWith("{") ? JSON.parse(text) : text) as Record<string, unknown> & { error?: Record<string, string>; data?: Record<string, unknown>[] },
  };
}

beforeEach(async () => {
  standIn ??= (await startStripeTestbed()).standIn;
  standIn.reset();
});

afterAll(async () => {
  await standIn.close();
});

describe("Stripe stand-in: authentication", () => {
  it("answers 401 without a key, with Stripe's message and WWW-Authenticate", async () => {
    const { status, headers, body } = await call("/v1/customers", { key: null });
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe('Basic realm="Stripe"');
    expect(body.error).toMatchObject({ type: "invalid_request_error", message: expect.stringMatching(/^You did not provide an API key/) });
  });

  it("answers 401 for an unknown key, masking it like Stripe", async () => {
    const { status, body } = await call("/v1/customers", { key: "sk_test_unknownKey1234" });
    expect(status).toBe(401);
    expect(body.error).toEqual({ type: "invalid_request_error", message: "Invalid API Key provided: sk_test_**********1234" });
  });

  it("answers 401 api_key_expired for a revoked key", async () => {
    expect((await call("/v1/customers")).status).toBe(200);
    standIn.revokeKey(TEST_KEYS.secret);
    const { status, body } = await call("/v1/customers");
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ code: "api_key_expired", message: expect.stringMatching(/^Expired API Key provided: sk_test_\*+0001$/) });
  });

  it("accepts the key as the user name of Basic auth, as Stripe does", async () => {
    const basic = `Basic ${Buffer.from(`${TEST_KEYS.secret}:`).toString("base64")}`;
    expect((await call("/v1/customers", { key: null, headers: { authorization: basic } })).status).toBe(200);
  });

  it("answers 403 naming the missing permission when a restricted key lacks it; a write permission grants the read", async () => {
    const denied = await call("/v1/charges", { key: TEST_KEYS.customersOnly });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.message).toBe(
      `The provided key 'rk_test_${"*".repeat(TEST_KEYS.customersOnly.length - 12)}ted2' does not have the required permissions for this endpoint on account '${TEST_ACCOUNT.id}'. ` +
        "Having the 'rak_charge_read' permission would allow this request to continue.",
    );
    expect((await call("/v1/customers", { key: TEST_KEYS.customersOnly })).status).toBe(200);
    expect((await call("/v1/webhook_endpoints", { key: TEST_KEYS.restricted })).status).toBe(200);
    expect((await call("/v1/account", { key: TEST_KEYS.restricted })).status).toBe(403);
  });

  it("refuses an invalid Stripe-Version", async () => {
    const { status, body } = await call("/v1/customers", { headers: { "stripe-version": "yesterday" } });
    expect(status).toBe(400);
    expect(body.error?.message).toBe("Invalid Stripe API version: yesterday");
  });
});

describe("Stripe stand-in: reading", () => {
  it("answers the account from Stripe's account fixture", async () => {
    const { status, body } = await call("/v1/account");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: TEST_ACCOUNT.id,
      object: "account",
      settings: { dashboard: { display_name: "Rocket Rides" } },
      business_profile: { name: "Rocket Rides Inc." },
    });
    expect(body).toHaveProperty("requirements.currently_due");
  });

  it("retrieves a customer built from the fixture, with Stripe's 404 for an unknown id", async () => {
    standIn.seed({ customers: [{ id: "cus_A", email: "ada@example.com", name: "Ada" }] });
    const found = await call("/v1/customers/cus_A");
    expect(found.body).toMatchObject({ id: "cus_A", object: "customer", email: "ada@example.com", livemode: false, invoice_settings: { footer: null } });
    const missing = await call("/v1/customers/cus_nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({
      type: "invalid_request_error",
      code: "resource_missing",
      doc_url: "https://stripe.com/docs/error-codes/resource-missing",
      param: "id",
      message: "No such customer: 'cus_nope'",
    });
  });

  it.each([
    ["charge", "/v1/charges", "ch_A", { charges: [{ id: "ch_A", customer: "cus_A", billing_details: { email: "ada@example.com" } }] }],
    ["payment_intent", "/v1/payment_intents", "pi_A", { paymentIntents: [{ id: "pi_A", customer: "cus_A", latest_charge: "ch_A" }] }],
  ] as const)("retrieves a %s built from the fixture, with Stripe's 404 for an unknown id", async (label, path, id, seed) => {
    standIn.seed(seed);
    const found = await call(`${path}/${id}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id, object: label, customer: "cus_A", livemode: false });
    const missing = await call(`${path}/${id}x`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({
      type: "invalid_request_error",
      code: "resource_missing",
      doc_url: "https://stripe.com/docs/error-codes/resource-missing",
      param: "id",
      message: `No such ${label}: '${id}x'`,
    });
  });

  it("keeps test and live data apart, with Stripe's hint for the other mode", async () => {
    standIn.seed({ livemode: true, customers: [{ id: "cus_live" }] });
    expect((await call("/v1/customers/cus_live", { key: TEST_KEYS.live })).body).toMatchObject({ id: "cus_live", livemode: true });
    const fromTest = await call("/v1/customers/cus_live");
    expect(fromTest.status).toBe(404);
    expect(fromTest.body.error?.message).toBe(
      "No such customer: 'cus_live'; a similar object exists in live mode, but a test mode key was used to make this request.",
    );
  });

  it("answers a deleted customer as Stripe does", async () => {
    standIn.seed({ customers: [{ id: "cus_gone" }], deletedCustomers: ["cus_gone"] });
    expect((await call("/v1/customers/cus_gone")).body).toEqual({ id: "cus_gone", object: "customer", deleted: true });
  });

  it("lists customers by exact (case-sensitive) email, newest first", async () => {
    standIn.seed({
      customers: [
        { id: "cus_old", email: "ada@example.com", created: 1_700_000_000 },
        { id: "cus_new", email: "ada@example.com", created: 1_700_000_100 },
        { id: "cus_other", email: "Ada@example.com", created: 1_700_000_200 },
      ],
    });
    const { body } = await call("/v1/customers?email=ada%40example.com");
    expect(body).toMatchObject({ object: "list", has_more: false, url: "/v1/customers" });
    expect(body.data?.map((customer) => customer.id)).toEqual(["cus_new", "cus_old"]);
  });

  it("pages through hundreds of charges with limit, starting_after and has_more", async () => {
    standIn.seed({ customers: [{ id: "cus_A" }] });
    standIn.seed({ charges: Array.from({ length: 250 }, (_, index) => ({ id: `ch_${index}`, customer: "cus_A", created: 1_700_000_000 + index })) });
    standIn.seed({ charges: [{ id: "ch_someone_else", customer: null }] });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const { body } = await call(`/v1/charges?customer=cus_A&limit=100${after ? `&starting_after=${after}` : ""}`);
      const ids = body.data?.map((charge) => String(charge.id)) ?? [];
      seen.push(...ids);
      after = ids.at(-1);
      if (!body.has_more) break;
    }
    expect(seen).toHaveLength(250);
    expect(seen[0]).toBe("ch_249");
    expect(seen.at(-1)).toBe("ch_0");
    expect(standIn.requests).toHaveLength(3);
    expect(standIn.requests[1]?.query).toEqual({ customer: "cus_A", limit: "100", starting_after: "ch_150" });
  });

  it("refuses what Stripe refuses in lists: limit over 100, unknown cursors, unknown customers, unknown parameters", async () => {
    standIn.seed({ customers: [{ id: "cus_A" }] });
    expect((await call("/v1/charges?limit=101")).body.error).toMatchObject({ param: "limit" });
    expect((await call("/v1/charges?starting_after=ch_nope")).body.error).toMatchObject({ param: "starting_after", code: "resource_missing" });
    const unknownCustomer = await call("/v1/charges?customer=cus_nope");
    expect(unknownCustomer.status).toBe(400);
    expect(unknownCustomer.body.error).toMatchObject({ param: "customer", message: "No such customer: 'cus_nope'" });
    const unknownParam = await call("/v1/charges?colour=blue");
    expect(unknownParam.body.error).toMatchObject({ code: "parameter_unknown", message: "Received unknown parameter: colour" });
  });

  it("adds seeded refunds to their charge's amount_refunded, as Stripe does", async () => {
    standIn.seed({ charges: [{ id: "ch_A", amount: 5000, amount_captured: 5000, captured: true }] });
    standIn.seed({
      refunds: [
        { charge: "ch_A", amount: 1500 },
        { charge: "ch_A", amount: 3500 },
      ],
    });
    expect((await call("/v1/charges/ch_A")).body).toMatchObject({ amount_refunded: 5000, refunded: true });
    expect((await call("/v1/refunds?charge=ch_A")).body.data).toHaveLength(2);
  });

  it("filters subscriptions by status like Stripe: canceled ones only on request", async () => {
    standIn.seed({ customers: [{ id: "cus_A" }] });
    standIn.seed({
      subscriptions: [
        { id: "sub_active", customer: "cus_A", status: "active" },
        { id: "sub_trial", customer: "cus_A", status: "trialing" },
        { id: "sub_gone", customer: "cus_A", status: "canceled" },
      ],
    });
    const ids = async (query: string) => (await call(`/v1/subscriptions?customer=cus_A${query}`)).body.data?.map((subscription) => subscription.id).sort();
    expect(await ids("")).toEqual(["sub_active", "sub_trial"]);
    expect(await ids("&status=all")).toEqual(["sub_active", "sub_gone", "sub_trial"]);
    expect(await ids("&status=canceled")).toEqual(["sub_gone"]);
    expect((await call("/v1/subscriptions/sub_gone")).body).toMatchObject({ object: "subscription", status: "canceled" });
  });

  it("retrieves invoices and lists events by type", async () => {
    standIn.seed({ invoices: [{ id: "in_A", customer: "cus_A", status: "open" }] });
    expect((await call("/v1/invoices/in_A")).body).toMatchObject({ id: "in_A", object: "invoice", status: "open", lines: { object: "list" } });
    standIn.seed({
      events: [
        { id: "evt_1", type: "customer.created", created: 1, data: { object: { id: "cus_A", object: "customer" } } },
        { id: "evt_2", type: "charge.succeeded", created: 2, data: { object: { id: "ch_A", object: "charge" } } },
        { id: "evt_3", type: "customer.updated", created: 3, data: { object: { id: "cus_A", object: "customer" } } },
      ],
    });
    const customerEvents = await call("/v1/events?type=customer.*&limit=1");
    expect(customerEvents.body).toMatchObject({ has_more: true, data: [{ id: "evt_3", object: "event", data: { object: { id: "cus_A" } } }] });
    expect((await call("/v1/events?types[0]=charge.succeeded")).body.data?.map((event) => event.id)).toEqual(["evt_2"]);
  });

  it("refuses a seeded field Stripe's fixture does not have", () => {
    expect(() => standIn.seed({ customers: [{ favourite_colour: "blue" } as never] })).toThrow(/no field "favourite_colour"/);
  });
});

describe("Stripe stand-in: webhook endpoints", () => {
  const create = (form: string, headers: Record<string, string> = {}) => call("/v1/webhook_endpoints", { method: "POST", form, headers });
  const FORM =
    "url=https%3A%2F%2Fconduit.example%2Fapi%2Fwebhooks%2Fstripe%2Fc1&enabled_events[0]=charge.failed&enabled_events[1]=invoice.paid&api_version=2026-10-28.endive&metadata[created_by]=conduit";

  it("creates an endpoint whose signing secret only the create answer shows", async () => {
    const created = await create(FORM);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: "webhook_endpoint",
      url: "https://conduit.example/api/webhooks/stripe/c1",
      enabled_events: ["charge.failed", "invoice.paid"],
      api_version: "2026-10-28.endive",
      metadata: { created_by: "conduit" },
      status: "enabled",
      livemode: false,
      secret: expect.stringMatching(/^whsec_/),
    });
    expect(standIn.requests[0]?.body).toMatchObject({ enabled_events: ["charge.failed", "invoice.paid"], metadata: { created_by: "conduit" } });
    const id = String(created.body.id);
    expect(standIn.store().webhookSecrets.get(id)).toBe(created.body.secret);
    const read = await call(`/v1/webhook_endpoints/${id}`);
    expect(read.body).not.toHaveProperty("secret");
    expect((await call("/v1/webhook_endpoints")).body.data?.map((endpoint) => endpoint.id)).toEqual([id]);
  });

  it("validates what Stripe validates on create", async () => {
    expect((await create("enabled_events[0]=charge.failed")).body.error).toMatchObject({ code: "parameter_missing", param: "url" });
    expect((await create("url=https%3A%2F%2Fx.example")).body.error).toMatchObject({ param: "enabled_events" });
    expect((await create("url=not-a-url&enabled_events[0]=charge.failed")).body.error).toMatchObject({ param: "url" });
  });

  it("updates events and status, refuses api_version (Stripe cannot change it), deletes, then answers 404", async () => {
    const id = String((await create(FORM)).body.id);
    const path = `/v1/webhook_endpoints/${id}`;
    const updated = await call(path, { method: "POST", form: "enabled_events[0]=customer.created&disabled=true" });
    expect(updated.body).toMatchObject({ enabled_events: ["customer.created"], status: "disabled", metadata: { created_by: "conduit" } });
    expect((await call(path, { method: "POST", form: "api_version=2026-10-28.endive" })).body.error).toMatchObject({
      message: "Received unknown parameter: api_version",
    });
    expect((await call(path, { method: "DELETE" })).body).toEqual({ id, object: "webhook_endpoint", deleted: true });
    expect((await call(path)).body.error).toMatchObject({ code: "resource_missing", message: `No such webhook endpoint: '${id}'` });
  });

  it("replays an idempotent POST instead of creating twice, and refuses the key with other parameters", async () => {
    const first = await create(FORM, { "idempotency-key": "key-1" });
    const again = await create(FORM, { "idempotency-key": "key-1" });
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(standIn.store().webhookEndpoints.size).toBe(1);
    const misuse = await create(`${FORM}&description=other`, { "idempotency-key": "key-1" });
    expect(misuse.status).toBe(400);
    expect(misuse.body.error).toMatchObject({ type: "idempotency_error" });
  });

  it("allows at most 16 endpoints per mode", async () => {
    standIn.seed({ webhookEndpoints: Array.from({ length: 16 }, (_, index) => ({ url: `https://user.example/hook/${index}` })) });
    const refused = await create(FORM);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/maximum of 16 test webhook endpoints/);
  });
});

describe("Stripe stand-in: scripted failures", () => {
  it("answers the next request with Stripe's body for the status, then normally", async () => {
    standIn.failNext({ status: 429, headers: { "retry-after": "2" } });
    const limited = await call("/v1/customers");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body.error).toMatchObject({ code: "rate_limit" });
    expect((await call("/v1/customers")).status).toBe(200);
  });

  it("fails only matching requests, as many times as asked", async () => {
    standIn.failNext({ status: 500, times: 2, path: "/v1/charges" });
    expect((await call("/v1/customers")).status).toBe(200);
    expect((await call("/v1/charges")).body.error).toMatchObject({ type: "api_error" });
    expect((await call("/v1/charges")).status).toBe(500);
    expect((await call("/v1/charges")).status).toBe(200);
  });

  it("drops the connection, before or after the request took effect", async () => {
    standIn.failNext({ drop: "after", method: "POST" });
    await expect(call("/v1/webhook_endpoints", { method: "POST", form: "url=https%3A%2F%2Fx.example&enabled_events[0]=charge.failed" })).rejects.toThrow();
    expect(standIn.store().webhookEndpoints.size).toBe(1);
    expect(standIn.requests[0]?.status).toBeUndefined();
  });

  it("sends a non-JSON body as is, like a proxy's error page", async () => {
    standIn.failNext({ status: 502, body: "<html>Bad gateway</html>" });
    const { status, headers, body } = await call("/v1/customers");
    expect([status, headers.get("content-type"), body]).toEqual([502, "text/html", "<html>Bad gateway</html>"]);
  });
});
