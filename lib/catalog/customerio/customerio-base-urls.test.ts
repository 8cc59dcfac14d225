// An EU workspace's data stays in the EU: with overrides set for both regions, each connection
// reaches only its own region's URLs, in a run's step and in the connection check.
import { afterAll, expect, test } from "vitest";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { reloadWithEnv } from "@/test/reload-with-env";

const workspace = { siteId: "site-eu-1", trackApiKey: "track-key-eu-0001", appApiKey: "app-key-eu-0001" };
const us = await startCustomerioStandIn({ region: "us", workspaces: [{ ...workspace, siteId: "site-us-1" }] });
const eu = await startCustomerioStandIn({ region: "eu", workspaces: [workspace] });
afterAll(() => Promise.all([us.close(), eu.close()]));

reloadWithEnv({ CUSTOMERIO_TRACK_URL: us.trackUrl, CUSTOMERIO_APP_URL: us.appUrl, CUSTOMERIO_TRACK_URL_EU: eu.trackUrl, CUSTOMERIO_APP_URL_EU: eu.appUrl });
const { createCustomerioStepClient } = await import("@/lib/catalog/customerio/create-customerio-step-client");
const { verifyCustomerioCredentials } = await import("@/lib/catalog/customerio/connection/verify-customerio-credentials");
const { customerioBaseUrls } = await import("@/lib/catalog/customerio/customerio-base-urls");

test("each region has its own overrides", () => {
  expect(customerioBaseUrls({ region: "eu" })).toEqual({ trackUrl: eu.trackUrl, appUrl: eu.appUrl });
  expect(customerioBaseUrls({ region: "us" })).toEqual({ trackUrl: us.trackUrl, appUrl: us.appUrl });
});

test("an EU connection checks its keys and sends a run's calls to the EU overrides only", async () => {
  const settings = { ...workspace, region: "eu" as const };
  expect(await verifyCustomerioCredentials({ settings })).toMatchObject({ ok: true, region: "eu" });
  const client = createCustomerioStepClient({
    connection: {
      id: "c1",
      app: "customerio",
      config: { siteId: workspace.siteId, region: "eu", environmentId: null, trackKeyLast4: "0001", appKeyLast4: "0001" },
      settings,
    },
    exchanges: [],
    dryRun: false,
  });
  await client.track.identify("cus_eu_person", { email: "person@example.eu" });

  expect(eu.requests.map((request) => request.path)).toEqual(expect.arrayContaining(["/api/v1/customers/cus_eu_person"]));
  expect(us.requests).toEqual([]);
});
