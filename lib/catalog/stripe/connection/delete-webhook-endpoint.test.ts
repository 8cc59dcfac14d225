import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { deleteWebhookEndpoint } from "@/lib/catalog/stripe/connection/delete-webhook-endpoint";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;

const remove = (endpointId: string, secretKey: string = TEST_KEYS.secret) => deleteWebhookEndpoint({ secretKey, apiBase: testbed.standIn.url, endpointId });

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
});

afterAll(async () => {
  await testbed.standIn.close();
});

describe("deleteWebhookEndpoint", () => {
  it("deletes Conduit's endpoint and nothing else", async () => {
    const [ours, theirs] = testbed.standIn.seed({
      webhookEndpoints: [{ url: "https://conduit.example/api/webhooks/stripe/conn_1" }, { url: "https://shop.example/hook" }],
    }).webhookEndpoints;
    expect(await remove(String(ours?.id))).toEqual({ deleted: true });
    expect([...testbed.standIn.store().webhookEndpoints.keys()]).toEqual([theirs?.id]);
  });

  it("is fine with an endpoint that is already gone", async () => {
    expect(await remove("we_AlreadyGone")).toEqual({ deleted: false });
    expect(testbed.standIn.requests.map((request) => request.status)).toEqual([404]);
  });

  it("says what is wrong when Stripe refuses", async () => {
    const [ours] = testbed.standIn.seed({ webhookEndpoints: [{ url: "https://conduit.example/api/webhooks/stripe/conn_1" }] }).webhookEndpoints;
    await expect(remove(String(ours?.id), TEST_KEYS.revoked)).rejects.toMatchObject({ problem: "expired_key" });
    await expect(remove(String(ours?.id), TEST_KEYS.webhookReadOnly)).rejects.toMatchObject({
      problem: "missing_permissions",
      missingPermissions: ["rak_webhook_write"],
    });
    expect(testbed.standIn.store().webhookEndpoints.size).toBe(1);
  });
});
