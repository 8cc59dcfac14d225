// The clients a Customer.io action gets, built from a connection's settings. The SDK's own retries
// are off: BullMQ retries a failed step, and two retrying layers would multiply attempts and, for
// the App API's transactional send (no idempotency key), send duplicate emails.
import { APIClient, Region, RegionEU, RegionUS, TrackClient } from "customerio-node";

export interface CustomerioConnectionSettings {
  siteId: string;
  trackApiKey: string;
  /** Only needed for transactional email. */
  appApiKey?: string;
  region: "us" | "eu";
}

export interface CustomerioClient {
  track: TrackClient;
  /** Undefined when the connection has no App API key. */
  app: APIClient | undefined;
  region: "us" | "eu";
}

export interface CreateCustomerioClientOptions {
  settings: CustomerioConnectionSettings;
  /** Track API base URL instead of the region's, like https://track.customer.io (for stand-ins and proxies). */
  trackUrl?: string;
  /** App API base URL instead of the region's, like https://api.customer.io. */
  appUrl?: string;
  /** Per call; there is one attempt per call. */
  timeoutMs?: number;
}

export const DEFAULT_CUSTOMERIO_TIMEOUT_MS = 10_000;

export function createCustomerioClient({
  settings,
  trackUrl,
  appUrl,
  timeoutMs = DEFAULT_CUSTOMERIO_TIMEOUT_MS,
}: CreateCustomerioClientOptions): CustomerioClient {
  const regional = settings.region === "eu" ? RegionEU : RegionUS;
  const region = new Region(
    trackUrl === undefined ? regional.trackUrl : versioned(trackUrl, "/api/v1"),
    appUrl === undefined ? regional.apiUrl : versioned(appUrl, "/v1"),
    regional.pipelinesUrl,
  );
  const defaults = { region, timeout: timeoutMs, retry: { maxRetries: 0 } };
  return {
    track: new TrackClient(settings.siteId, settings.trackApiKey, defaults),
    app: settings.appApiKey ? new APIClient(settings.appApiKey, defaults) : undefined,
    region: settings.region,
  };
}

/** The SDK joins paths with "/", so a trailing slash would produce "//" paths that Customer.io answers with 404. */
function versioned(baseUrl: string, version: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, "");
  url.pathname = path.endsWith(version) ? path : `${path}${version}`;
  return url.toString().replace(/\/+$/, "");
}
