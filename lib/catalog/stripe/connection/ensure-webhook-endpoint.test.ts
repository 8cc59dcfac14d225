import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { ensureWebhookEndpoint, type EnsureWebhookEndpointOptions } from "@/lib/catalog/stripe/connection/ensure-webhook-endpoint";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const URL = "https://conduit.example/api/webhooks/stripe/conn_1";
const EVENTS = ["customer.subscription.deleted", "charge.failed", "invoice.paid"];

const ensure = (options: Partial<EnsureWebhookEndpointOptions> = {}) =>
  ensureWebhookEndpoint({ secretKey: TEST_KEYS.secret, apiBase: testbed.standIn.url, url: URL, enabledEvents: EVENTS, ...options });

const endpoints = () => [...testbed.standIn.store().webhookEndpoints.values()];
const ourEndpoints = () => endpoints().filter((endpoint) => endpoint.url === URL);
const calls = (method: string) => testbed.standIn.requests.filter((request) => request.method === method).map((request) => request.path);

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("ensureWebhookEndpoint", () => {
  it("creates one endpoint with the catalog's events, pinned to Conduit's API version, and returns its secret", async () => {
    const result = await ensure({ enabledEvents: [...EVENTS, "charge.failed"] });
    expect(result).toEqual({ endpointId: expect.stringMatching(/^we_/), secret: expect.stringMatching(/^whsec_/), outcome: "created", removedEndpointIds: [] });
    expect(ourEndpoints()).toEqual([
      expect.objectContaining({
        id: result.endpointId,
        api_version: STRIPE_API_VERSION,
        enabled_events: ["charge.failed", "customer.subscription.deleted", "invoice.paid"],
        metadata: { created_by: "conduit" },
        status: "enabled",
      }),
    ]);
    expect(testbed.standIn.store().webhookSecrets.get(result.endpointId)).toBe(result.secret);
  });

  it("reuses its endpoint on the next save: no create, no secret", async () => {
    const first = await ensure();
    testbed.standIn.requests.length = 0;
    expect(await ensure({ endpointId: first.endpointId })).toEqual({ endpointId: first.endpointId, outcome: "unchanged", removedEndpointIds: [] });
    expect(calls("POST")).toEqual([]);
    expect(calls("DELETE")).toEqual([]);
    expect(ourEndpoints()).toHaveLength(1);
  });

  it("never touches the user's other endpoints, however many pages they fill", async () => {
    const [theirs] = [
      testbed.standIn.seed({
        webhookEndpoints: [
          ...Array.from({ length: 12 }, (_, index) => ({ url: `https://shop.example/hooks/${index}`, enabled_events: ["*"] })),
          { url: "https://conduit.example/api/webhooks/stripe/conn_2", enabled_events: ["charge.failed"], api_version: "2025-03-31.basil" },
        ],
      }).webhookEndpoints,
    ];
    const before = structuredClone(theirs);
    const first = await ensure();
    await ensure({ endpointId: first.endpointId, enabledEvents: ["charge.failed"] });
    const theirIds = new Set(before?.map((endpoint) => `/v1/webhook_endpoints/${String(endpoint.id)}`));
    expect([...calls("POST"), ...calls("DELETE")].filter((path) => theirIds.has(path))).toEqual([]);
    expect(endpoints().filter((endpoint) => endpoint.url !== URL)).toEqual(expect.arrayContaining(before ?? []));
    expect(endpoints()).toHaveLength(14);
  });

  it("re-creates its endpoint when it was deleted in Stripe, with a new secret", async () => {
    const first = await ensure();
    testbed.standIn.store().webhookEndpoints.delete(first.endpointId);
    const second = await ensure({ endpointId: first.endpointId });
    expect(second).toMatchObject({ outcome: "recreated", secret: expect.stringMatching(/^whsec_/) });
    expect(second.endpointId).not.toBe(first.endpointId);
    expect(second.secret).not.toBe(first.secret);
    expect(ourEndpoints().map((endpoint) => endpoint.id)).toEqual([second.endpointId]);
  });

  it("updates the events when the catalog's list changes, keeping the endpoint and its secret", async () => {
    const first = await ensure();
    testbed.standIn.requests.length = 0;
    const second = await ensure({ endpointId: first.endpointId, enabledEvents: [...EVENTS, "customer.created"] });
    expect(second).toEqual({ endpointId: first.endpointId, outcome: "updated", removedEndpointIds: [] });
    expect(calls("POST")).toEqual([`/v1/webhook_endpoints/${first.endpointId}`]);
    expect(ourEndpoints()[0]?.enabled_events).toEqual(["charge.failed", "customer.created", "customer.subscription.deleted", "invoice.paid"]);
  });

  it("turns its endpoint back on after Stripe disabled it, and follows a changed public URL", async () => {
    const first = await ensure();
    const stored = testbed.standIn.store().webhookEndpoints.get(first.endpointId);
    if (stored) stored.status = "disabled";
    const moved = "https://new-host.example/api/webhooks/stripe/conn_1";
    expect(await ensure({ endpointId: first.endpointId, url: moved })).toMatchObject({ endpointId: first.endpointId, outcome: "updated" });
    expect(testbed.standIn.store().webhookEndpoints.get(first.endpointId)).toMatchObject({ status: "enabled", url: moved });
  });

  it("re-creates an endpoint on another API version (Stripe cannot change it), creating before deleting", async () => {
    const [old] = testbed.standIn.seed({ webhookEndpoints: [{ url: URL, enabled_events: EVENTS, api_version: "2025-03-31.basil" }] }).webhookEndpoints;
    const result = await ensure({ endpointId: String(old?.id) });
    expect(result).toMatchObject({ outcome: "recreated", secret: expect.stringMatching(/^whsec_/), removedEndpointIds: [old?.id] });
    expect(ourEndpoints()).toEqual([expect.objectContaining({ id: result.endpointId, api_version: STRIPE_API_VERSION })]);
    const writes = testbed.standIn.requests.filter((request) => request.method !== "GET").map((request) => request.method);
    expect(writes).toEqual(["POST", "DELETE"]);
  });

  it("replaces an endpoint at our URL whose secret Conduit does not hold, and removes duplicates", async () => {
    const orphans = testbed.standIn.seed({
      webhookEndpoints: [
        { url: URL, enabled_events: EVENTS, api_version: STRIPE_API_VERSION },
        { url: URL, enabled_events: EVENTS },
      ],
    }).webhookEndpoints;
    const result = await ensure();
    expect(result).toMatchObject({ outcome: "created", secret: expect.stringMatching(/^whsec_/) });
    expect(result.removedEndpointIds.sort()).toEqual(orphans.map((endpoint) => endpoint.id).sort());
    expect(ourEndpoints().map((endpoint) => endpoint.id)).toEqual([result.endpointId]);
  });

  it("reuses an endpoint at our URL whose secret the user pasted", async () => {
    const [manual] = testbed.standIn.seed({
      webhookEndpoints: [{ url: URL, enabled_events: ["charge.failed"], api_version: STRIPE_API_VERSION }],
    }).webhookEndpoints;
    expect(await ensure({ hasSigningSecret: true })).toEqual({ endpointId: manual?.id, outcome: "updated", removedEndpointIds: [] });
    expect(calls("POST")).toEqual([`/v1/webhook_endpoints/${String(manual?.id)}`]);
  });

  it("creates exactly one endpoint when Stripe's reply to the create is lost", async () => {
    testbed.standIn.failNext({ drop: "after", method: "POST", path: "/v1/webhook_endpoints" });
    const result = await ensure();
    expect(ourEndpoints().map((endpoint) => endpoint.id)).toEqual([result.endpointId]);
    expect(testbed.standIn.store().webhookSecrets.get(result.endpointId)).toBe(result.secret);
  });

  it("says which permission a restricted key lacks", async () => {
    const cannotList = await ensure({ secretKey: TEST_KEYS.customersOnly }).catch((error: unknown) => error);
    expect(cannotList).toBeInstanceOf(StripeSetupError);
    expect(cannotList).toMatchObject({
      problem: "missing_permissions",
      missingPermissions: ["rak_webhook_read"],
      message: expect.stringMatching(/lacks Webhook Endpoints: Read \(rak_webhook_read\)/),
    });
    const cannotCreate = await ensure({ secretKey: TEST_KEYS.webhookReadOnly }).catch((error: unknown) => error);
    expect(cannotCreate).toMatchObject({
      problem: "missing_permissions",
      message:
        "This restricted key lacks Webhook Endpoints: Write (rak_webhook_write), which Conduit needs to set up Conduit's webhook endpoint. In Stripe, open Developers → API keys, edit the key and allow it, or use a secret key.",
    });
    expect(await ensure({ secretKey: TEST_KEYS.restricted })).toMatchObject({ outcome: "created" });
  });
});
