// Deleting connections, and one user never reaching another's: real PostgreSQL and both stand-ins.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { saveStripeSigningSecret } from "@/lib/catalog/stripe/connection/save-stripe-signing-secret";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeTestbed, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

const PUBLIC_APP_URL = "https://conduit.example.com";
const WORKSPACE = { siteId: "d1e2f0c1d2e4b5a6c7d8", trackApiKey: "track0key0for0delete1" };

const { standIn: stripe } = await startStripeTestbed();
const customerio = await startCustomerioStandIn({ region: "us", workspaces: [WORKSPACE] });
// The Stripe app's clients read STRIPE_API_BASE, as in production.
reloadWithEnv({ STRIPE_API_BASE: stripe.url });
const { deleteConnection } = await import("@/lib/connections/delete-connection");
beforeEach(() => {
  stripe.reset();
  customerio.reset();
});
afterAll(async () => {
  await Promise.all([stripe.close(), customerio.close()]);
});

async function newUser() {
  return db.user.create({ data: { email: `delete-${randomUUID()}@example.com`, passwordHash: "not-used" } });
}

async function connectStripe({ userId, appUrl = PUBLIC_APP_URL }: { userId: string; appUrl?: string }): Promise<string> {
  const result = await createConnection({ userId, app: "stripe", values: { secretKey: TEST_KEYS.secret }, appUrl, vendor: { apiBase: stripe.url } });
  if (!result.ok) throw new Error(`connecting Stripe failed: ${JSON.stringify(result)}`);
  return result.connectionId;
}

async function connectCustomerio({ userId }: { userId: string }): Promise<string> {
  const result = await createConnection({
    userId,
    app: "customerio",
    values: { ...WORKSPACE, region: "us" },
    vendor: { trackUrl: customerio.trackUrl, appUrl: customerio.appUrl },
  });
  if (!result.ok) throw new Error(`connecting Customer.io failed: ${JSON.stringify(result)}`);
  return result.connectionId;
}

describe("deleteConnection", () => {
  it("deletes a Stripe connection and the webhook endpoint Conduit created, leaving the user's own endpoints", async () => {
    const user = await newUser();
    stripe.seed({ webhookEndpoints: [{ url: "https://shop.example.com/stripe-hooks" }] });
    const connectionId = await connectStripe({ userId: user.id });
    expect(stripe.store().webhookEndpoints.size).toBe(2);

    expect(await deleteConnection({ userId: user.id, connectionId, appUrl: PUBLIC_APP_URL })).toEqual({ ok: true });
    expect([...stripe.store().webhookEndpoints.values()].map((endpoint) => endpoint.url)).toEqual(["https://shop.example.com/stripe-hooks"]);
    expect(await db.connection.count({ where: { id: connectionId } })).toBe(0);
  });

  it("still deletes the connection when Stripe cannot be reached, and says which endpoint to remove by hand", async () => {
    const user = await newUser();
    const connectionId = await connectStripe({ userId: user.id });
    const [endpointId] = [...stripe.store().webhookEndpoints.keys()];
    // Every try of the SDK meets a closed connection.
    stripe.failNext({ drop: "before", times: 10, path: /^\/v1\/webhook_endpoints/ });

    const result = await deleteConnection({ userId: user.id, connectionId, appUrl: PUBLIC_APP_URL });
    const url = `${PUBLIC_APP_URL}/api/webhooks/stripe/${connectionId}`;
    expect(result).toEqual({
      ok: true,
      warning: expect.stringContaining("Conduit could not delete its webhook endpoint in Stripe: Stripe could not be reached."),
      errorCodes: { warning: { code: "stripe.endpointNotDeleted", values: { reason: "unreachable", url, endpointId } } },
    });
    // The same warning in Portuguese, from its code (the action layer words it: localize-connection-result.ts).
    const { translator } = await import("@/lib/i18n/translator");
    expect(
      (await translator({ locale: "pt-BR" }))("connections.errors.stripe.endpointNotDeleted", { reason: "unreachable", url, endpointId: String(endpointId) }),
    ).toBe(
      `O Conduit não conseguiu excluir o seu endpoint de webhook no Stripe: não foi possível falar com o Stripe. No Stripe, abra Developers → Webhooks e exclua o endpoint ${url} (${endpointId}).`,
    );
    expect(result.ok && result.warning).toContain(`delete the endpoint ${PUBLIC_APP_URL}/api/webhooks/stripe/${connectionId} (${endpointId})`);
    expect(stripe.store().webhookEndpoints.size).toBe(1);
    expect(await db.connection.count({ where: { id: connectionId } })).toBe(0);
  });

  it("warns too when Stripe no longer accepts the key", async () => {
    const user = await newUser();
    const connectionId = await connectStripe({ userId: user.id });
    stripe.revokeKey(TEST_KEYS.secret);
    const result = await deleteConnection({ userId: user.id, connectionId, appUrl: PUBLIC_APP_URL });
    expect(result).toMatchObject({
      ok: true,
      warning: expect.stringContaining("Stripe no longer accepts the connection's key"),
      errorCodes: { warning: { code: "stripe.endpointNotDeleted", values: { reason: "keyRejected" } } },
    });
    expect(await db.connection.count({ where: { id: connectionId } })).toBe(0);
  });

  it("is fine when the endpoint was already deleted in Stripe's dashboard", async () => {
    const user = await newUser();
    const connectionId = await connectStripe({ userId: user.id });
    stripe.store().webhookEndpoints.clear();
    expect(await deleteConnection({ userId: user.id, connectionId, appUrl: PUBLIC_APP_URL })).toEqual({ ok: true });
  });

  it("makes no Stripe call for an endpoint the user added by hand, and deletes a Customer.io workspace", async () => {
    const user = await newUser();
    const stripeId = await connectStripe({ userId: user.id, appUrl: "http://localhost:3000" });
    const customerioId = await connectCustomerio({ userId: user.id });
    stripe.reset();
    expect(await deleteConnection({ userId: user.id, connectionId: stripeId })).toEqual({ ok: true });
    expect(await deleteConnection({ userId: user.id, connectionId: customerioId })).toEqual({ ok: true });
    expect(stripe.requests).toEqual([]);
    expect(await listConnections({ userId: user.id })).toEqual([]);
  });

  it("answers not found for an unknown or malformed id", async () => {
    const user = await newUser();
    expect(await deleteConnection({ userId: user.id, connectionId: randomUUID() })).toEqual({ ok: false, message: CONNECTION_NOT_FOUND });
    expect(await deleteConnection({ userId: user.id, connectionId: "not-a-uuid" })).toEqual({ ok: false, message: CONNECTION_NOT_FOUND });
  });
});

describe("owner scoping", () => {
  it("one user can neither list, read, update nor delete another user's connections", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const stripeId = await connectStripe({ userId: alice.id, appUrl: "http://localhost:3000" });
    const customerioId = await connectCustomerio({ userId: alice.id });

    expect(await listConnections({ userId: bob.id })).toEqual([]);
    for (const connectionId of [stripeId, customerioId]) {
      expect(await readConnectionSecrets({ userId: bob.id, connectionId })).toBeNull();
      expect(await deleteConnection({ userId: bob.id, connectionId })).toEqual({ ok: false, message: CONNECTION_NOT_FOUND });
    }
    const signingSecret = "whsec_bobTriesToReplaceAlicesSecret0001";
    expect(await saveStripeSigningSecret({ userId: bob.id, input: { connectionId: stripeId, signingSecret } })).toEqual({
      ok: false,
      fieldErrors: { connectionId: CONNECTION_NOT_FOUND },
    });

    expect((await listConnections({ userId: alice.id })).map((connection) => connection.id).sort()).toEqual([stripeId, customerioId].sort());
    expect(await readConnectionSecrets({ userId: alice.id, connectionId: stripeId })).toMatchObject({ secrets: { secretKey: TEST_KEYS.secret } });
  });
});

describe("saveStripeSigningSecret", () => {
  it("stores the secret of a hand-added endpoint encrypted, and lists only its last 4 characters", async () => {
    const user = await newUser();
    const connectionId = await connectStripe({ userId: user.id, appUrl: "http://localhost:3000" });
    const signingSecret = "whsec_handAddedEndpointSigningSecretXyZ9";
    expect(await saveStripeSigningSecret({ userId: user.id, input: { connectionId, signingSecret } })).toEqual({ ok: true, connectionId });

    expect(await readConnectionSecrets({ userId: user.id, connectionId })).toMatchObject({
      secrets: { secretKey: TEST_KEYS.secret, webhookSigningSecret: signingSecret },
      config: { webhook: { mode: "manual", signingSecretLast4: "XyZ9" } },
    });
    const row = await db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(row.secretsCiphertext).not.toContain(signingSecret);
    const listed = await listConnections({ userId: user.id });
    expect(listed[0]?.details).toMatchObject({ webhook: { mode: "manual", signingSecretLast4: "XyZ9" } });
    expect(JSON.stringify(listed)).not.toContain(signingSecret);
  });

  it("refuses for an endpoint Conduit manages, whose secret it already holds", async () => {
    const user = await newUser();
    const connectionId = await connectStripe({ userId: user.id });
    const result = await saveStripeSigningSecret({ userId: user.id, input: { connectionId, signingSecret: "whsec_someOtherSecretValue000000001" } });
    expect(result).toEqual({ ok: false, fieldErrors: { signingSecret: expect.stringContaining("already holds its signing secret") } });
  });
});
