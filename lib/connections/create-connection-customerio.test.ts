// Connecting Customer.io end to end below the UI: real PostgreSQL, the real SDK, the stand-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decryptSecret } from "@/lib/crypto/decrypt-secret";
import { createConnection } from "@/lib/connections/create-connection";
import { listConnections } from "@/lib/connections/list-connections";
import { readConnectionSecrets } from "@/lib/connections/read-connection-secrets";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const WORKSPACE = { siteId: "5e1f0c1d2e4b5a6c7d8e", trackApiKey: "track0secret0key0a1b2c", appApiKey: "app0secret0key0000000000000d3e4", environmentId: 12 };
const EU_WORKSPACE = { siteId: "e0e1f0c1d2e4b5a6c7d8", trackApiKey: "track0secret0key0eu0xy", region: "eu" as const };

const standIn = await startCustomerioStandIn({ region: "us", workspaces: [WORKSPACE, EU_WORKSPACE] });
const urls = { trackUrl: standIn.trackUrl, appUrl: standIn.appUrl };

beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

async function newUser() {
  return db.user.create({ data: { email: `cio-${randomUUID()}@example.com`, passwordHash: "not-used" } });
}

const input = { siteId: WORKSPACE.siteId, trackApiKey: WORKSPACE.trackApiKey, region: "us" as const };

describe("createConnection: Customer.io", () => {
  it("stores the workspace with its keys encrypted, bound to the connection id", async () => {
    const user = await newUser();
    const result = await createConnection({ userId: user.id, app: "customerio", values: { ...input, label: "Production" }, vendor: urls });
    expect(result).toEqual({ ok: true, connectionId: expect.any(String), label: "Production" });
    if (!result.ok) return;

    const row = await db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(row).toMatchObject({ userId: user.id, app: "customerio", label: "Production", status: "ACTIVE", secretsKeyId: env().ENCRYPTION_KEYS[0]?.id });
    expect(row.lastCheckedAt).toBeInstanceOf(Date);
    expect(row.config).toEqual({ siteId: WORKSPACE.siteId, region: "us", environmentId: 12, trackKeyLast4: "1b2c", appKeyLast4: null });
    // At rest: neither the ciphertext nor its decoded bytes nor the non-secret config hold the key.
    expect(row.secretsCiphertext).not.toContain(WORKSPACE.trackApiKey);
    expect(Buffer.from(row.secretsCiphertext, "base64").toString("latin1")).not.toContain(WORKSPACE.trackApiKey);
    expect(JSON.stringify(row.config)).not.toContain(WORKSPACE.trackApiKey);
    const secret = { keyId: row.secretsKeyId, ciphertext: row.secretsCiphertext };
    expect(JSON.parse(decryptSecret({ secret, context: `connection:${row.id}` }))).toEqual({ trackApiKey: WORKSPACE.trackApiKey });
    expect(() => decryptSecret({ secret, context: `connection:${randomUUID()}` })).toThrow("failed authentication");

    expect(await readConnectionSecrets({ userId: user.id, connectionId: row.id })).toEqual({
      id: row.id,
      app: "customerio",
      config: row.config,
      settings: { siteId: WORKSPACE.siteId, trackApiKey: WORKSPACE.trackApiKey, region: "us" },
    });
  });

  it("lists the workspace with its region and the last 4 characters of each key only", async () => {
    const user = await newUser();
    await createConnection({ userId: user.id, app: "customerio", values: input, vendor: urls });
    const [listed, ...others] = await listConnections({ userId: user.id, appUrl: "http://127.0.0.1:3000" });
    expect(others).toEqual([]);
    expect(listed).toMatchObject({
      app: "customerio",
      label: "Customer.io workspace (US)",
      status: "ACTIVE",
      details: { app: "customerio", siteId: WORKSPACE.siteId, region: "us", trackKeyLast4: "1b2c", appKeyLast4: null },
    });
    expect(JSON.stringify(listed)).not.toContain(WORKSPACE.trackApiKey);
  });

  it("saves nothing when Customer.io refuses the keys or the region is wrong, and says which field", async () => {
    const user = await newUser();
    const wrongKey = await createConnection({ userId: user.id, app: "customerio", values: { ...input, trackApiKey: "not0the0key000000000" }, vendor: urls });
    expect(wrongKey).toEqual({
      ok: false,
      fieldErrors: { trackApiKey: expect.stringContaining("did not accept this site ID and Track API key") },
      errorCodes: { fieldErrors: { trackApiKey: { code: "customerio.trackKeyRejected" } } },
    });
    const wrongRegion = await createConnection({
      userId: user.id,
      app: "customerio",
      values: { siteId: EU_WORKSPACE.siteId, trackApiKey: EU_WORKSPACE.trackApiKey, region: "us" },
      vendor: urls,
    });
    expect(wrongRegion).toEqual({
      ok: false,
      fieldErrors: { region: "This workspace is in the EU region: choose EU." },
      errorCodes: { fieldErrors: { region: { code: "customerio.wrongRegion", values: { region: "EU" } } } },
    });
    standIn.failNext({ drop: "before" });
    const unreachable = await createConnection({ userId: user.id, app: "customerio", values: input, vendor: urls });
    expect(unreachable).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringContaining("Conduit could not check"),
      errorCodes: {
        formError: {
          code: "customerio.unavailable",
          values: { what: "trackKey", detail: expect.objectContaining({ key: expect.stringMatching(/^runErrors\.customerio\./) }) },
        },
      },
    });
    expect(await db.connection.count({ where: { userId: user.id } })).toBe(0);
  });

  it("stores an EU workspace's region", async () => {
    const user = await newUser();
    const eu = await createConnection({
      userId: user.id,
      app: "customerio",
      values: { siteId: EU_WORKSPACE.siteId, trackApiKey: EU_WORKSPACE.trackApiKey, region: "eu" },
      vendor: urls,
    });
    expect(eu).toMatchObject({ ok: true, label: "Customer.io workspace (EU)" });
    const [listed] = await listConnections({ userId: user.id });
    expect(listed?.details).toMatchObject({ region: "eu" });
  });

  it("refuses to connect the same workspace twice for one user, but another user may", async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    expect(await createConnection({ userId: alice.id, app: "customerio", values: { ...input, label: "Main" }, vendor: urls })).toMatchObject({ ok: true });
    expect(await createConnection({ userId: alice.id, app: "customerio", values: input, vendor: urls })).toEqual({
      ok: false,
      fieldErrors: { siteId: expect.stringContaining("already connected as “Main”") },
      errorCodes: { fieldErrors: { siteId: { code: "customerio.alreadyConnected", values: { label: "Main" } } } },
    });
    expect(await createConnection({ userId: bob.id, app: "customerio", values: input, vendor: urls })).toMatchObject({ ok: true });
  });
});
