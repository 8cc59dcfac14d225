// Connecting Stripe below the UI: real PostgreSQL, the real `stripe` SDK, the Stripe stand-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/decrypt-secret";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { catalogStripeEvents } from "@/lib/catalog/stripe/connection/catalog-stripe-events";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { freePort } from "@/tools/free-port";
import { startStripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { CONDUIT_PERMISSIONS, startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

const PUBLIC_APP_URL = "https://conduit.example.com";
const PRIVATE_APP_URL = "http://127.0.0.1:3000";

const { standIn } = await startStripeTestbed();
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

async function newUser() {
  return db.user.create({ data: { email: `stripe-${randomUUID()}@example.com`, passwordHash: "not-used" } });
}

function connect({
  userId,
  secretKey = TEST_KEYS.secret,
  appUrl = PRIVATE_APP_URL,
  label,
}: {
  userId: string;
  secretKey?: string;
  appUrl?: string;
  label?: string;
}) {
  return createConnection({ userId, app: "stripe", values: { secretKey, label }, appUrl, vendor: { apiBase: standIn.url } });
}

const endpointCreations = () => standIn.requests.filter((request) => request.method === "POST" && request.path === "/v1/webhook_endpoints");

describe("createConnection: Stripe", () => {
  it("with a private APP_URL: stores the account and encrypted key, creates no endpoint, returns the URL to add by hand", async () => {
    const user = await newUser();
    const result = await connect({ userId: user.id });
    expect(result).toEqual({
      ok: true,
      connectionId: expect.any(String),
      label: "Rocket Rides",
      accountName: "Rocket Rides",
      livemode: false,
      webhook: { mode: "manual", url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3000\/api\/webhooks\/stripe\/[0-9a-f-]{36}$/) },
    });
    if (!result.ok) return;
    expect(result.webhook).toEqual({ mode: "manual", url: `${PRIVATE_APP_URL}/api/webhooks/stripe/${result.connectionId}` });
    expect(standIn.store().webhookEndpoints.size).toBe(0);
    expect(standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /v1/account"]);

    const row = await db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(row).toMatchObject({ userId: user.id, app: "stripe", label: "Rocket Rides", status: "ACTIVE" });
    expect(row.config).toEqual({
      accountId: TEST_ACCOUNT.id,
      accountName: "Rocket Rides",
      livemode: false,
      keyLast4: TEST_KEYS.secret.slice(-4),
      webhook: { mode: "manual", signingSecretLast4: null },
    });
    expect(row.secretsCiphertext).not.toContain(TEST_KEYS.secret);
    expect(Buffer.from(row.secretsCiphertext, "base64").toString("latin1")).not.toContain("sk_test_");
    const secret = { keyId: row.secretsKeyId, ciphertext: row.secretsCiphertext };
    expect(JSON.parse(decryptSecret({ secret, context: `connection:${row.id}` }))).toEqual({ secretKey: TEST_KEYS.secret });
    expect(() => decryptSecret({ secret, context: `connection:${randomUUID()}` })).toThrow("failed authentication");
  });

  it("with a public APP_URL: creates one endpoint at the connection's URL and stores its signing secret encrypted", async () => {
    const user = await newUser();
    const result = await connect({ userId: user.id, appUrl: PUBLIC_APP_URL, label: "Shop" });
    expect(result).toMatchObject({ ok: true, label: "Shop", webhook: { mode: "managed" } });
    if (!result.ok) return;

    const endpoints = [...standIn.store().webhookEndpoints.values()];
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0]).toMatchObject({
      url: `${PUBLIC_APP_URL}/api/webhooks/stripe/${result.connectionId}`,
      api_version: STRIPE_API_VERSION,
      enabled_events: catalogStripeEvents(),
      status: "enabled",
    });
    const endpointId = String(endpoints[0]?.id);
    const connection = await readConnectionSecrets({ userId: user.id, connectionId: result.connectionId });
    expect(connection).toMatchObject({
      app: "stripe",
      config: { webhook: { mode: "managed", endpointId } },
      secrets: { secretKey: TEST_KEYS.secret, webhookSigningSecret: standIn.store().webhookSecrets.get(endpointId) },
    });
    const row = await db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(row.secretsCiphertext).not.toContain("whsec_");
    expect(JSON.stringify(row.config)).not.toContain("whsec_");
  });

  it("creates the endpoint once: connecting the same account and mode again is refused and creates nothing", async () => {
    const user = await newUser();
    expect(await connect({ userId: user.id, appUrl: PUBLIC_APP_URL })).toMatchObject({ ok: true });
    const again = await connect({ userId: user.id, appUrl: PUBLIC_APP_URL, secretKey: TEST_KEYS.restricted });
    expect(again).toEqual({
      ok: false,
      fieldErrors: { secretKey: expect.stringContaining("already connected in test mode as “Rocket Rides”") },
      errorCodes: { fieldErrors: { secretKey: { code: "stripe.alreadyConnected", values: { mode: "test", label: "Rocket Rides" } } } },
    });
    expect(endpointCreations()).toHaveLength(1);
    expect(standIn.store().webhookEndpoints.size).toBe(1);
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(1);

    // The live mode of the same account is another connection, with its own endpoint.
    expect(await connect({ userId: user.id, appUrl: PUBLIC_APP_URL, secretKey: TEST_KEYS.live })).toMatchObject({ ok: true, livemode: true });
    expect(standIn.store({ livemode: true }).webhookEndpoints.size).toBe(1);
  });

  it("lists the account, mode, webhook URL and the key's last 4 characters, never the key", async () => {
    const user = await newUser();
    const result = await connect({ userId: user.id });
    const listed = await listConnections({ userId: user.id, appUrl: PRIVATE_APP_URL });
    expect(listed).toEqual([
      expect.objectContaining({
        app: "stripe",
        label: "Rocket Rides",
        details: {
          app: "stripe",
          accountId: TEST_ACCOUNT.id,
          accountName: "Rocket Rides",
          livemode: false,
          keyLast4: TEST_KEYS.secret.slice(-4),
          webhookUrl: `${PRIVATE_APP_URL}/api/webhooks/stripe/${result.ok ? result.connectionId : ""}`,
          webhook: { mode: "manual", signingSecretLast4: null },
          // A local address and no signing secret: the worker reads Stripe's Events API instead.
          intake: {
            mode: "sync",
            syncing: false,
            lastEvent: null,
            lastPolledAt: null,
            pausedReason: null,
            error: null,
            description: "Conduit checks Stripe for new events every 5 s (no webhook needed).",
            choice: "automatic",
          },
        },
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(TEST_KEYS.secret);
  });

  it("says what is wrong with the key, and saves nothing", async () => {
    const user = await newUser();
    const cases = [
      [TEST_KEYS.secret.replace("sk_test_51", "sk_test_99"), "Stripe does not recognise this key", "stripe.keyRejected"],
      [TEST_KEYS.revoked, "This key has expired or was rolled", "stripe.keyExpired"],
      [TEST_KEYS.customersOnly, "This restricted key lacks Charges: Read", "stripe.permissionsMissing"],
      ["pk_test_51AbCdEfGhIjKlMnOpQrStUv", "This is a publishable key (pk_…)", "stripe.publishableKey"],
    ] as const;
    for (const [secretKey, message, code] of cases) {
      expect(await connect({ userId: user.id, secretKey, appUrl: PUBLIC_APP_URL })).toEqual({
        ok: false,
        fieldErrors: { secretKey: expect.stringContaining(message) },
        errorCodes: { fieldErrors: { secretKey: expect.objectContaining({ code }) } },
      });
    }
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(0);
    expect(endpointCreations()).toHaveLength(0);
  });

  it("says when Stripe cannot be reached, and saves nothing", async () => {
    const user = await newUser();
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await createConnection({
      userId: user.id,
      app: "stripe",
      values: { secretKey: TEST_KEYS.secret },
      appUrl: PUBLIC_APP_URL,
      vendor: { apiBase: closed },
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringMatching(/^Conduit could not reach Stripe to check the key .*Nothing was saved\.$/),
      errorCodes: { formError: { code: "stripe.unreachable", values: { action: "checkKey", detail: expect.any(String) }, note: "nothingSaved" } },
    });

    standIn.failNext({ status: 503, method: "POST", path: "/v1/webhook_endpoints" });
    const endpointDown = await connect({ userId: user.id, appUrl: PUBLIC_APP_URL });
    expect(endpointDown).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringContaining("Stripe could not set up Conduit's webhook endpoint right now (HTTP 503)"),
      errorCodes: {
        formError: expect.objectContaining({ code: "stripe.unavailable", values: expect.objectContaining({ action: "setUpWebhook", status: 503 }) }),
      },
    });
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(0);
  });

  it("falls back to a hand-added endpoint, with a warning, when a restricted key may not manage webhooks", async () => {
    const readOnlyKey = "rk_test_51ReadOnlyConduitRestrictedKey0005";
    const readOnly = await startStripeStandIn({
      accounts: [
        { ...TEST_ACCOUNT, keys: [{ secret: readOnlyKey, permissions: CONDUIT_PERMISSIONS.filter((permission) => permission !== "rak_webhook_write") }] },
      ],
    });
    try {
      const user = await newUser();
      const result = await createConnection({
        userId: user.id,
        app: "stripe",
        values: { secretKey: readOnlyKey },
        appUrl: PUBLIC_APP_URL,
        vendor: { apiBase: readOnly.url },
      });
      expect(result).toMatchObject({
        ok: true,
        accountName: null,
        label: "Stripe (test)",
        webhook: { mode: "manual", url: expect.stringContaining(PUBLIC_APP_URL) },
        warning: expect.stringContaining("This restricted key lacks Webhook Endpoints"),
      });
      expect(readOnly.store().webhookEndpoints.size).toBe(0);
    } finally {
      await readOnly.close();
    }
  });
});
