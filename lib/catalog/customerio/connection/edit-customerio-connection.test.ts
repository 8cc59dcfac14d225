// Editing a Customer.io connection below the UI: real PostgreSQL, the real SDK, the stand-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/connections/create-connection";
import { editCustomerioConnection } from "@/lib/catalog/customerio/connection/edit-customerio-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { CONNECTION_NOT_FOUND } from "@/lib/connections/schema";
import { editCustomerioConnectionInputSchema, type EditCustomerioConnectionInput } from "@/lib/catalog/customerio/connection/customerio-connection-schema";
import { createZap } from "@/lib/zaps/create-zap";
import { publishZap } from "@/lib/zaps/publish-zap";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const SITE = "ed1f0c1d2e4b5a6c7d8e";
// Two Track keys and two App API keys of one workspace (Customer.io allows several of each).
const WORKSPACE = { siteId: SITE, trackApiKey: "track0key0first00a1b2", appApiKey: "app0key0first0000000000000000c3d4", environmentId: 41 };
const ROTATED = { siteId: SITE, trackApiKey: "track0key0second0e5f6", appApiKey: "app0key0second000000000000000g7h8", environmentId: 41 };
const OTHER = { siteId: "ed2f0c1d2e4b5a6c7d8e", trackApiKey: "track0key0other00i9j0", environmentId: 42 };
const EU = { siteId: "ed3f0c1d2e4b5a6c7d8e", trackApiKey: "track0key0eu0000k1l2", region: "eu" as const, environmentId: 43 };

const standIn = await startCustomerioStandIn({ region: "us", workspaces: [WORKSPACE, ROTATED, OTHER, EU] });
const urls = { trackUrl: standIn.trackUrl, appUrl: standIn.appUrl };

beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

async function newUser() {
  return db.user.create({ data: { email: `edit-cio-${randomUUID()}@example.com`, passwordHash: "not-used" } });
}

async function connect({ userId, appApiKey }: { userId: string; appApiKey?: string }): Promise<string> {
  const result = await createConnection({
    userId,
    app: "customerio",
    values: { siteId: SITE, trackApiKey: WORKSPACE.trackApiKey, appApiKey, region: "us" },
    vendor: urls,
  });
  if (!result.ok) throw new Error(`connecting failed: ${JSON.stringify(result)}`);
  return result.connectionId;
}

function edit({ userId, ...input }: { userId: string } & Partial<EditCustomerioConnectionInput> & { connectionId: string }) {
  return editCustomerioConnection({ userId, input: { siteId: SITE, region: "us", removeAppApiKey: false, ...input }, ...urls });
}

async function stored(userId: string, connectionId: string) {
  const connection = await readConnectionSecrets({ userId, connectionId });
  if (connection?.app !== "customerio") throw new Error("not a Customer.io connection");
  const row = await db.connection.findUniqueOrThrow({ where: { id: connectionId }, select: { secretsCiphertext: true, updatedAt: true } });
  return { config: connection.config, settings: connection.settings, ciphertext: row.secretsCiphertext };
}

async function publishedZap({ userId, connectionId, key, name }: { userId: string; connectionId: string; key: string; name: string }) {
  const stripe = await db.connection.create({
    data: { userId, app: "stripe", label: "Stripe", config: {}, secretsKeyId: "unused", secretsCiphertext: "unused" },
    select: { id: true },
  });
  const zap = await createZap({
    userId,
    input: {
      name,
      definition: {
        trigger: { app: "stripe", key: "subscription_canceled", connectionId: stripe.id, options: {} },
        filter: null,
        steps: [
          key === "send_transactional_email"
            ? { id: "email", app: "customerio", key, connectionId, inputs: { transactionalMessageId: "3", to: "a@example.com", identifier: "a@example.com" } }
            : { id: "person", app: "customerio", key, connectionId, inputs: { personId: "{{trigger.customer}}" } },
        ],
      },
    },
  });
  const published = await publishZap({ userId, zapId: zap.id, verifyConnections: false });
  if (!published.ok) throw new Error(`publishing failed: ${JSON.stringify(published.problems)}`);
  return zap.id;
}

describe("editCustomerioConnection", () => {
  it("replaces the Track API key after Customer.io accepts it, keeping the connection's id", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id });
    standIn.reset();
    expect(await edit({ userId: user.id, connectionId, trackApiKey: ROTATED.trackApiKey })).toEqual({ ok: true, connectionId });
    const after = await stored(user.id, connectionId);
    expect(after.settings).toEqual({ siteId: SITE, region: "us", trackApiKey: ROTATED.trackApiKey });
    expect(after.config).toMatchObject({ trackKeyLast4: "e5f6", appKeyLast4: null });
    expect(after.ciphertext).not.toContain(ROTATED.trackApiKey);
    expect(standIn.requests.map((request) => request.path)).toEqual(["/api/v1/accounts/region"]);
    expect(standIn.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${SITE}:${ROTATED.trackApiKey}`).toString("base64")}`);
  });

  it("adds an App API key later (checked with the App API), then replaces it", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id });
    standIn.reset();
    expect(await edit({ userId: user.id, connectionId, appApiKey: WORKSPACE.appApiKey })).toEqual({ ok: true, connectionId });
    expect(standIn.requests.find((request) => request.api === "app")?.headers.authorization).toBe(`Bearer ${WORKSPACE.appApiKey}`);
    expect((await stored(user.id, connectionId)).settings).toEqual({
      siteId: SITE,
      region: "us",
      trackApiKey: WORKSPACE.trackApiKey,
      appApiKey: WORKSPACE.appApiKey,
    });

    expect(await edit({ userId: user.id, connectionId, appApiKey: ROTATED.appApiKey })).toEqual({ ok: true, connectionId });
    const after = await stored(user.id, connectionId);
    expect(after.settings.appApiKey).toBe(ROTATED.appApiKey);
    expect(after.config).toMatchObject({ trackKeyLast4: "a1b2", appKeyLast4: "g7h8" });
    // The page shows the last four characters only.
    const listed = JSON.stringify(await listConnections({ userId: user.id }));
    expect(listed).toContain("g7h8");
    for (const key of [ROTATED.appApiKey, WORKSPACE.trackApiKey]) expect(listed).not.toContain(key);
  });

  it("removes the App API key when no published zap sends transactional email through it", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id, appApiKey: WORKSPACE.appApiKey });
    await publishedZap({ userId: user.id, connectionId, key: "identify_person", name: "Identify" });
    expect(await edit({ userId: user.id, connectionId, removeAppApiKey: true })).toEqual({ ok: true, connectionId });
    const after = await stored(user.id, connectionId);
    expect(after.settings).toEqual({ siteId: SITE, region: "us", trackApiKey: WORKSPACE.trackApiKey });
    expect(after.config.appKeyLast4).toBeNull();
  });

  it("refuses to remove the App API key while a published zap sends transactional email through it, naming the zap", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id, appApiKey: WORKSPACE.appApiKey });
    await publishedZap({ userId: user.id, connectionId, key: "send_transactional_email", name: "Receipt email" });
    const before = await stored(user.id, connectionId);
    standIn.reset();

    const result = await edit({ userId: user.id, connectionId, removeAppApiKey: true });
    expect(result).toEqual({ ok: false, fieldErrors: { removeAppApiKey: expect.stringContaining("“Receipt email”") } });
    expect(!result.ok && result.fieldErrors.removeAppApiKey).toContain("transactional email");
    expect(await stored(user.id, connectionId)).toEqual(before);
    expect(standIn.requests).toEqual([]);
    // Replacing it instead is fine.
    expect(await edit({ userId: user.id, connectionId, appApiKey: ROTATED.appApiKey })).toEqual({ ok: true, connectionId });
  });

  it("changes the site ID (another workspace) and the region, after Customer.io accepts them", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id });
    expect(await edit({ userId: user.id, connectionId, siteId: OTHER.siteId, trackApiKey: OTHER.trackApiKey })).toEqual({ ok: true, connectionId });
    expect((await stored(user.id, connectionId)).config).toEqual({
      siteId: OTHER.siteId,
      region: "us",
      environmentId: 42,
      trackKeyLast4: "i9j0",
      appKeyLast4: null,
    });

    expect(await edit({ userId: user.id, connectionId, siteId: EU.siteId, trackApiKey: EU.trackApiKey, region: "eu" })).toEqual({ ok: true, connectionId });
    expect((await stored(user.id, connectionId)).config).toMatchObject({ siteId: EU.siteId, region: "eu", environmentId: 43 });
  });

  it("leaves the connection unchanged when Customer.io refuses, saying which field to fix", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id, appApiKey: WORKSPACE.appApiKey });
    const before = await stored(user.id, connectionId);

    const wrongTrack = await edit({ userId: user.id, connectionId, trackApiKey: "track0key0wrong00zzzz" });
    expect(wrongTrack).toEqual({
      ok: false,
      fieldErrors: { trackApiKey: expect.stringContaining("Customer.io did not accept this site ID and Track API key") },
      errorCodes: { fieldErrors: { trackApiKey: { code: "customerio.trackKeyRejected" } } },
    });

    const wrongRegion = await edit({ userId: user.id, connectionId, region: "eu" });
    expect(wrongRegion).toEqual({ ok: false, fieldErrors: { region: "This workspace is in the US region: choose US." }, errorCodes: expect.any(Object) });

    const wrongApp = await edit({ userId: user.id, connectionId, appApiKey: "app0key0wrong0000000000000000zzzz" });
    expect(wrongApp).toEqual({
      ok: false,
      fieldErrors: { appApiKey: expect.stringContaining("Customer.io did not accept this App API key") },
      errorCodes: expect.any(Object),
    });

    // A new site ID with the stored Track key: the site ID is what Customer.io refused.
    const wrongSite = await edit({ userId: user.id, connectionId, siteId: "0000000000unknown000" });
    expect(wrongSite).toEqual({
      ok: false,
      fieldErrors: { siteId: expect.stringContaining("did not accept this site ID") },
      errorCodes: { fieldErrors: { siteId: { code: "customerio.trackKeyRejected" } } },
    });

    standIn.failNext({ status: 503, body: { meta: { error: "maintenance" } } });
    const down = await edit({ userId: user.id, connectionId, trackApiKey: ROTATED.trackApiKey });
    expect(down).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringMatching(/Customer\.io had a server error \(HTTP 503: maintenance\).*The connection was not changed\.$/),
      errorCodes: {
        formError: {
          code: "customerio.unavailable",
          values: { what: "trackKey", detail: expect.objectContaining({ key: expect.stringMatching(/^runErrors\.customerio\./) }) },
          note: "connectionUnchanged",
        },
      },
    });

    expect(await stored(user.id, connectionId)).toEqual(before);
  });

  it("refuses a site ID another of the user's connections has", async () => {
    const user = await newUser();
    const connectionId = await connect({ userId: user.id });
    const other = await createConnection({
      userId: user.id,
      app: "customerio",
      values: { label: "Other", siteId: OTHER.siteId, trackApiKey: OTHER.trackApiKey, region: "us" },
      vendor: urls,
    });
    expect(other.ok).toBe(true);
    const result = await edit({ userId: user.id, connectionId, siteId: OTHER.siteId, trackApiKey: OTHER.trackApiKey });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { siteId: "This workspace is already connected as “Other”. Edit or delete that connection instead." },
      errorCodes: { fieldErrors: { siteId: { code: "customerio.editAlreadyConnected", values: { label: "Other" } } } },
    });
  });

  it("answers not found for another user's connection, and changes nothing of it", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const connectionId = await connect({ userId: alice.id });
    const before = await stored(alice.id, connectionId);
    expect(await edit({ userId: bob.id, connectionId, trackApiKey: ROTATED.trackApiKey })).toEqual({
      ok: false,
      fieldErrors: { connectionId: CONNECTION_NOT_FOUND },
    });
    expect(await stored(alice.id, connectionId)).toEqual(before);
  });
});

describe("editCustomerioConnectionInputSchema", () => {
  it("keeps empty key fields as 'keep', and refuses a new App API key together with its removal", () => {
    const base = { connectionId: randomUUID(), siteId: ` ${SITE} `, region: "us", trackApiKey: "", appApiKey: " ", removeAppApiKey: false };
    expect(editCustomerioConnectionInputSchema.parse(base)).toEqual({ connectionId: base.connectionId, siteId: SITE, region: "us", removeAppApiKey: false });
    const both = editCustomerioConnectionInputSchema.safeParse({ ...base, appApiKey: ROTATED.appApiKey, removeAppApiKey: true });
    expect(both.success ? [] : both.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["appApiKey", "Paste a new App API key or remove the key, not both."],
    ]);
  });
});
