import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callCustomerio } from "@/lib/catalog/customerio/call-customerio";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { createCustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { startCustomerioStandIn, type CustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";

const US_WORKSPACE = { siteId: "site-us", trackApiKey: "track-us", appApiKey: "app-us" };
const EU_WORKSPACE = { siteId: "site-eu", trackApiKey: "track-eu", appApiKey: "app-eu", region: "eu" as const };

let us: CustomerioStandIn;
let eu: CustomerioStandIn;

beforeAll(async () => {
  [us, eu] = await Promise.all([
    startCustomerioStandIn({ region: "us", workspaces: [US_WORKSPACE, EU_WORKSPACE] }),
    startCustomerioStandIn({ region: "eu", workspaces: [EU_WORKSPACE] }),
  ]);
});
beforeEach(() => {
  us.reset();
  eu.reset();
});
afterAll(async () => {
  await Promise.all([us.close(), eu.close()]);
});

describe("createCustomerioClient", () => {
  it.each([
    { region: "us" as const, track: "https://track.customer.io/api/v1", app: "https://api.customer.io/v1" },
    { region: "eu" as const, track: "https://track-eu.customer.io/api/v1", app: "https://api-eu.customer.io/v1" },
  ])("uses the SDK's $region URLs without overrides", ({ region, track, app }) => {
    const client = createCustomerioClient({ settings: { ...US_WORKSPACE, region } });
    expect(client.track.trackRoot).toBe(track);
    expect(client.app?.apiRoot).toBe(app);
    expect(client.region).toBe(region);
  });

  it.each([
    { given: "http://127.0.0.1:4010", track: "http://127.0.0.1:4010/api/v1", app: "http://127.0.0.1:4010/v1" },
    { given: "http://127.0.0.1:4010/", track: "http://127.0.0.1:4010/api/v1", app: "http://127.0.0.1:4010/v1" },
    { given: "https://proxy.example.com/customerio//", track: "https://proxy.example.com/customerio/api/v1", app: "https://proxy.example.com/customerio/v1" },
  ])("appends the API version to the override $given, without trailing slashes", ({ given, track, app }) => {
    const client = createCustomerioClient({ settings: { ...US_WORKSPACE, region: "us" }, trackUrl: given, appUrl: given });
    expect(client.track.trackRoot).toBe(track);
    expect(client.app?.apiRoot).toBe(app);
  });

  it("keeps an override that already names the version", () => {
    const client = createCustomerioClient({
      settings: { ...US_WORKSPACE, region: "eu" },
      trackUrl: "http://localhost:1/api/v1/",
      appUrl: "http://localhost:1/v1",
    });
    expect(client.track.trackRoot).toBe("http://localhost:1/api/v1");
    expect(client.app?.apiRoot).toBe("http://localhost:1/v1");
  });

  it("has no App API client without an App API key", () => {
    expect(createCustomerioClient({ settings: { siteId: "s", trackApiKey: "k", region: "us" } }).app).toBeUndefined();
  });

  it("turns the SDK's retries off and sets the timeout", () => {
    const client = createCustomerioClient({ settings: { ...US_WORKSPACE, region: "us" }, timeoutMs: 2500 });
    for (const request of [client.track.request, client.app!.request]) {
      expect(request.retry.maxRetries).toBe(0);
      expect(request.defaults.timeout).toBe(2500);
    }
  });

  it("sends Basic auth to the Track API and Bearer auth to the App API, once per call even on a 500", async () => {
    const client = createCustomerioClient({ settings: { ...US_WORKSPACE, region: "us" }, trackUrl: `${us.trackUrl}/`, appUrl: us.appUrl });
    us.failNext({ status: 500 });
    await expect(client.track.identify("p1", {})).rejects.toMatchObject({ statusCode: 500 });
    await client.track.identify("p1", { plan: "pro" });
    expect(us.requests.map(({ method, path, headers }) => ({ method, path, authorization: headers.authorization, retry: headers["x-retry-count"] }))).toEqual([
      { method: "PUT", path: "/api/v1/customers/p1", authorization: `Basic ${Buffer.from("site-us:track-us").toString("base64")}`, retry: undefined },
      { method: "PUT", path: "/api/v1/customers/p1", authorization: `Basic ${Buffer.from("site-us:track-us").toString("base64")}`, retry: undefined },
    ]);
    expect(us.store("site-us").people.get("p1")).toEqual({ plan: "pro" });
  });

  it("reports a wrong region: the other region's stand-in refuses the credentials, the region lookup names the right one", async () => {
    const wrong = createCustomerioClient({ settings: { ...EU_WORKSPACE, region: "us" }, trackUrl: us.trackUrl, appUrl: us.appUrl });
    const error = await callCustomerio({ api: "track", operation: "Create or update person", call: () => wrong.track.identify("p1", {}) }).catch(
      (e: unknown) => e,
    );
    expect(classifyCustomerioError({ error })).toMatchObject({ kind: "permanent", status: 401, message: expect.stringContaining("site ID / region") });
    expect(await wrong.track.getAccountRegion()).toEqual({ url: "https://track-eu.customer.io", region: "eu", environment_id: 1 });

    const right = createCustomerioClient({ settings: { ...EU_WORKSPACE, region: "eu" }, trackUrl: eu.trackUrl, appUrl: eu.appUrl });
    await right.track.identify("p1", { plan: "pro" });
    expect(eu.store().people.get("p1")).toEqual({ plan: "pro" });
    expect(us.store("site-eu").people.size).toBe(0);
  });
});
