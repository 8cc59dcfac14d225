// A new key for a Stripe connection reconciles its webhook endpoint instead of adding another.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { createConnection } from "@/lib/connections/create-connection";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { replaceStripeKey } from "@/lib/catalog/stripe/connection/replace-stripe-key";
import { saveStripeSigningSecret } from "@/lib/catalog/stripe/connection/save-stripe-signing-secret";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { startStripeTestbed, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

const PUBLIC_APP_URL = "https://conduit.example.com";
const { standIn } = await startStripeTestbed();
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

async function connected({ appUrl = PUBLIC_APP_URL }: { appUrl?: string } = {}) {
  const user = await db.user.create({ data: { email: `replace-${randomUUID()}@example.com`, passwordHash: "not-used" } });
  const result = await createConnection({ userId: user.id, app: "stripe", values: { secretKey: TEST_KEYS.secret }, appUrl, vendor: { apiBase: standIn.url } });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { userId: user.id, connectionId: result.connectionId };
}

function replace({ userId, connectionId, secretKey, appUrl = PUBLIC_APP_URL }: { userId: string; connectionId: string; secretKey: string; appUrl?: string }) {
  return replaceStripeKey({ userId, input: { connectionId, secretKey }, appUrl, apiBase: standIn.url });
}

const creations = () => standIn.requests.filter((request) => request.method === "POST" && request.path === "/v1/webhook_endpoints").length;

describe("replaceStripeKey", () => {
  it("keeps the endpoint and its signing secret: nothing is created in Stripe", async () => {
    const { userId, connectionId } = await connected();
    const before = await readConnectionSecrets({ userId, connectionId });
    if (before?.app !== "stripe") throw new Error("expected a Stripe connection");
    expect(before.secrets.webhookSigningSecret).toMatch(/^whsec_/);
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.restricted })).toEqual({ ok: true, connectionId });

    expect(creations()).toBe(1);
    expect(standIn.store().webhookEndpoints.size).toBe(1);
    const after = await readConnectionSecrets({ userId, connectionId });
    expect(after).toMatchObject({
      config: { keyLast4: TEST_KEYS.restricted.slice(-4), accountName: "Rocket Rides", webhook: before.config.webhook },
      secrets: { secretKey: TEST_KEYS.restricted, webhookSigningSecret: before.secrets.webhookSigningSecret },
    });
  });

  it("re-creates the endpoint once when it was deleted in Stripe, and stores the new signing secret", async () => {
    const { userId, connectionId } = await connected();
    standIn.store().webhookEndpoints.clear();
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.secret })).toMatchObject({ ok: true });
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.secret })).toMatchObject({ ok: true });

    expect(creations()).toBe(2);
    const [endpoint] = [...standIn.store().webhookEndpoints.values()];
    const connection = await readConnectionSecrets({ userId, connectionId });
    expect(connection).toMatchObject({
      config: { webhook: { mode: "managed", endpointId: endpoint?.id } },
      secrets: { webhookSigningSecret: standIn.store().webhookSecrets.get(String(endpoint?.id)) },
    });
  });

  it("adopts the endpoint the user added by hand once APP_URL is public", async () => {
    const { userId, connectionId } = await connected({ appUrl: "http://localhost:3000" });
    // The user added the endpoint at Conduit's (now public) URL and saved its secret.
    const url = `${PUBLIC_APP_URL}/api/webhooks/stripe/${connectionId}`;
    const [handAdded] = standIn.seed({ webhookEndpoints: [{ url, api_version: STRIPE_API_VERSION }] }).webhookEndpoints ?? [];
    const signingSecret = "whsec_handAddedSecretOfTheUser000000001";
    await saveStripeSigningSecret({ userId, input: { connectionId, signingSecret } });

    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.secret })).toMatchObject({ ok: true });
    expect(creations()).toBe(0);
    expect(await readConnectionSecrets({ userId, connectionId })).toMatchObject({
      config: { webhook: { mode: "managed", endpointId: handAdded?.id } },
      secrets: { webhookSigningSecret: signingSecret },
    });
  });

  it("refuses a key of another account or of the other mode, and keeps the old key", async () => {
    const { userId, connectionId } = await connected();
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.other })).toEqual({
      ok: false,
      fieldErrors: { secretKey: expect.stringContaining("This key belongs to another Stripe account") },
      errorCodes: { fieldErrors: { secretKey: { code: "stripe.otherAccount", values: { accountId: expect.stringMatching(/^acct_/) } } } },
    });
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.live })).toEqual({
      ok: false,
      fieldErrors: { secretKey: expect.stringContaining("This is a live key, and this connection is in test mode") },
      errorCodes: { fieldErrors: { secretKey: { code: "stripe.wrongMode", values: { keyMode: "live", connectionMode: "test" } } } },
    });
    expect(await replace({ userId, connectionId, secretKey: TEST_KEYS.revoked })).toEqual({
      ok: false,
      fieldErrors: { secretKey: expect.stringContaining("expired") },
      errorCodes: { fieldErrors: { secretKey: { code: "stripe.keyExpired", values: { stripeMessage: expect.stringContaining("Expired API Key") } } } },
    });
    expect(await readConnectionSecrets({ userId, connectionId })).toMatchObject({ secrets: { secretKey: TEST_KEYS.secret } });
  });

  it("answers not found for another user's connection", async () => {
    const { connectionId } = await connected();
    const stranger = await db.user.create({ data: { email: `stranger-${randomUUID()}@example.com`, passwordHash: "not-used" } });
    expect(await replace({ userId: stranger.id, connectionId, secretKey: TEST_KEYS.restricted })).toEqual({
      ok: false,
      fieldErrors: { connectionId: CONNECTION_NOT_FOUND },
    });
  });
});
