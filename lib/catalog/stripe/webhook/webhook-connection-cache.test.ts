// The webhook remembers each connection's signing secret (find-webhook-connection.ts); these prove
// the memory never lets a change go unnoticed where it matters.
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { sealConnectionSecrets } from "@/lib/connections/seal-connection-secrets";
import { db } from "@/lib/db";
import { createPublishedZap } from "@/test/create-published-zap";
import { receiveStripeWebhook } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

const OLD_SECRET = "whsec_cache_test_old_secret_00001";
const NEW_SECRET = "whsec_cache_test_new_secret_00002";

async function connectionWithZap() {
  const zap = await createPublishedZap({
    signingSecret: OLD_SECRET,
    customerio: { siteId: "site", trackApiKey: "track-key" },
    steps: (customerioId) => [
      { id: "person", app: "customerio", key: "delete_person", connectionId: customerioId, inputs: { personId: "{{trigger.customer}}" } },
    ],
  });
  return { connectionId: zap.stripeId, zapId: zap.zapId };
}

function deliver({ connectionId, secret, eventId = `evt_${randomUUID().replaceAll("-", "")}` }: { connectionId: string; secret: string; eventId?: string }) {
  const rawBody = JSON.stringify({ ...subscriptionDeleted, id: eventId });
  return receiveStripeWebhook({ connectionId, rawBody, signature: Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret }) });
}

async function replaceSigningSecret({ connectionId, secret }: { connectionId: string; secret: string }) {
  const sealed = sealConnectionSecrets({ connectionId, secrets: { secretKey: "sk_test_not_called", webhookSigningSecret: secret } });
  await db.connection.update({ where: { id: connectionId }, data: { secretsKeyId: sealed.keyId, secretsCiphertext: sealed.ciphertext } });
}

describe("the webhook's memory of connections", () => {
  it("accepts the new signing secret at once after it is replaced", async () => {
    const { connectionId } = await connectionWithZap();
    expect((await deliver({ connectionId, secret: OLD_SECRET })).status).toBe(200); // now remembered
    await replaceSigningSecret({ connectionId, secret: NEW_SECRET });
    expect(await deliver({ connectionId, secret: NEW_SECRET })).toMatchObject({ status: 200, body: { runs: 1 } });
    // Once the stored secret has been read again, the replaced one no longer verifies.
    expect((await deliver({ connectionId, secret: OLD_SECRET })).status).toBe(400);
  });

  it.each([
    ["revoked", (connectionId: string) => db.connection.update({ where: { id: connectionId }, data: { status: "REVOKED" } })],
    ["deleted", (connectionId: string) => db.connection.delete({ where: { id: connectionId } })],
  ])("refuses events for a remembered connection that was %s, and stores nothing", async (_name, change) => {
    const { connectionId } = await connectionWithZap();
    expect((await deliver({ connectionId, secret: OLD_SECRET })).status).toBe(200);
    await change(connectionId);
    const eventId = `evt_${randomUUID().replaceAll("-", "")}`;
    expect(await deliver({ connectionId, secret: OLD_SECRET, eventId })).toEqual({
      status: 400,
      body: { error: "This webhook URL does not belong to a Stripe connection." },
    });
    expect(await db.stripeEvent.count({ where: { stripeEventId: eventId } })).toBe(0);
  });

  it("starts runs of a zap turned on, off or republished since the last event, at once", async () => {
    const { connectionId, zapId } = await connectionWithZap();
    expect(await deliver({ connectionId, secret: OLD_SECRET })).toMatchObject({ status: 200, body: { runs: 1 } });
    await db.zap.update({ where: { id: zapId }, data: { enabled: false } });
    expect(await deliver({ connectionId, secret: OLD_SECRET })).toMatchObject({ status: 200, body: { runs: 0 } });
    await db.zap.update({ where: { id: zapId }, data: { enabled: true } });
    expect(await deliver({ connectionId, secret: OLD_SECRET })).toMatchObject({ status: 200, body: { runs: 1 } });
  });
});
