// Against the Customer.io stand-in through the real customerio-node SDK.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { APP_KEY_PROBE_EMAIL, verifyCustomerioCredentials } from "@/lib/catalog/customerio/connection/verify-customerio-credentials";
import { freePort } from "@/tools/free-port";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const US = { siteId: "3f9a0c1d2e4b5a6c7d8e", trackApiKey: "a1b2c3d4e5f6a7b8c9d0", appApiKey: "app0us0key0000000000000000000001", environmentId: 71 };
const EU = {
  siteId: "eu9a0c1d2e4b5a6c7d8e",
  trackApiKey: "e1b2c3d4e5f6a7b8c9d0",
  appApiKey: "app0eu0key0000000000000000000002",
  region: "eu" as const,
  environmentId: 72,
};

const standIn = await startCustomerioStandIn({ region: "us", workspaces: [US, EU] });
const urls = { trackUrl: standIn.trackUrl, appUrl: standIn.appUrl };

// The stand-in may not serve the App API's GET /v1/customers yet; the App API key tests need it.
const probe = await fetch(`${standIn.appUrl}/v1/customers?email=${encodeURIComponent(APP_KEY_PROBE_EMAIL)}`, {
  headers: { authorization: `Bearer ${US.appApiKey}` },
});
const servesCustomerLookup = probe.status !== 404;

beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const usSettings = { siteId: US.siteId, trackApiKey: US.trackApiKey, region: "us" as const };

describe("verifyCustomerioCredentials", () => {
  it("accepts a site ID and Track API key with one region lookup, Basic auth", async () => {
    expect(await verifyCustomerioCredentials({ settings: usSettings, ...urls })).toEqual({ ok: true, region: "us", environmentId: 71 });
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]).toMatchObject({ method: "GET", path: "/api/v1/accounts/region" });
    expect(standIn.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${US.siteId}:${US.trackApiKey}`).toString("base64")}`);
  });

  it("says which key to fix when Customer.io refuses the site ID and Track API key", async () => {
    for (const settings of [
      { ...usSettings, trackApiKey: "wrong0key0000000000" },
      { ...usSettings, siteId: "0000000000unknown000" },
    ]) {
      const result = await verifyCustomerioCredentials({ settings, ...urls });
      expect(result).toEqual({
        ok: false,
        field: "trackApiKey",
        message: expect.stringContaining("Customer.io did not accept this site ID and Track API key"),
        error: { code: "customerio.trackKeyRejected" },
      });
    }
  });

  it("tells the user to choose the workspace's own region", async () => {
    const euAsUs = await verifyCustomerioCredentials({ settings: { siteId: EU.siteId, trackApiKey: EU.trackApiKey, region: "us" }, ...urls });
    expect(euAsUs).toEqual({
      ok: false,
      field: "region",
      message: "This workspace is in the EU region: choose EU.",
      error: { code: "customerio.wrongRegion", values: { region: "EU" } },
    });
    const usAsEu = await verifyCustomerioCredentials({ settings: { ...usSettings, region: "eu" }, ...urls });
    expect(usAsEu).toEqual({
      ok: false,
      field: "region",
      message: "This workspace is in the US region: choose US.",
      error: { code: "customerio.wrongRegion", values: { region: "US" } },
    });
    const eu = await verifyCustomerioCredentials({ settings: { siteId: EU.siteId, trackApiKey: EU.trackApiKey, region: "eu" }, ...urls });
    expect(eu).toEqual({ ok: true, region: "eu", environmentId: 72 });
  });

  it("says so when Customer.io cannot be reached, answers with an error or too slowly", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await verifyCustomerioCredentials({ settings: usSettings, trackUrl: closed, appUrl: closed });
    expect(unreachable).toMatchObject({
      ok: false,
      field: "form",
      message: expect.stringMatching(/^Conduit could not check the site ID and Track API key: Could not reach Customer.io \(ECONNREFUSED/),
    });

    standIn.failNext({ status: 503, body: { meta: { error: "maintenance" } } });
    const down = await verifyCustomerioCredentials({ settings: usSettings, ...urls });
    expect(down).toMatchObject({ ok: false, field: "form", message: expect.stringContaining("Customer.io had a server error (HTTP 503: maintenance)") });

    standIn.failNext({ hang: true });
    const slow = await verifyCustomerioCredentials({ settings: usSettings, ...urls, timeoutMs: 200 });
    expect(slow).toMatchObject({ ok: false, field: "form", message: expect.stringContaining("Customer.io did not answer in time") });
  });

  it("refuses an answer that names no region", async () => {
    standIn.failNext({ status: 200, body: { url: "https://track.customer.io" } });
    expect(await verifyCustomerioCredentials({ settings: usSettings, ...urls })).toMatchObject({
      ok: false,
      field: "form",
      message: expect.stringContaining("unexpected way"),
    });
  });

  it("checks an App API key with a read-only App API call, Bearer auth", async () => {
    await verifyCustomerioCredentials({ settings: { ...usSettings, appApiKey: US.appApiKey }, ...urls });
    const appCall = standIn.requests.find((request) => request.api === "app");
    expect(appCall).toMatchObject({ method: "GET", path: "/v1/customers", query: { email: APP_KEY_PROBE_EMAIL } });
    expect(appCall?.headers.authorization).toBe(`Bearer ${US.appApiKey}`);
  });

  it("does not call the App API when the Track credentials already failed", async () => {
    await verifyCustomerioCredentials({ settings: { ...usSettings, trackApiKey: "wrong0key0000000000", appApiKey: US.appApiKey }, ...urls });
    expect(standIn.requests.map((request) => request.api)).toEqual(["track"]);
  });

  describe.skipIf(!servesCustomerLookup)("with the stand-in's GET /v1/customers", () => {
    it("accepts a valid App API key", async () => {
      expect(await verifyCustomerioCredentials({ settings: { ...usSettings, appApiKey: US.appApiKey }, ...urls })).toEqual({
        ok: true,
        region: "us",
        environmentId: 71,
      });
    });

    it("says the App API key is wrong, and how to proceed without it", async () => {
      const result = await verifyCustomerioCredentials({ settings: { ...usSettings, appApiKey: "not0the0app0key0000000000000000" }, ...urls });
      expect(result).toEqual({
        ok: false,
        field: "appApiKey",
        message: expect.stringContaining("Customer.io did not accept this App API key in the US region"),
        error: { code: "customerio.appKeyRejected", values: { region: "US" } },
      });
      expect(result.ok ? "" : result.message).toContain("leave the field empty");
    });
  });
});
