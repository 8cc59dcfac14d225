// The Stripe client for one connection's key. Its own retries are off (maxNetworkRetries 0): BullMQ
// retries a failed step, and two retrying layers would multiply attempts. One exception the SDK
// does not let us turn off: a connection closed before the answer (ECONNRESET/EPIPE) is retried
// once, with the same Idempotency-Key on POSTs, so Stripe does not act twice.
import Stripe from "stripe";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";

export interface CreateStripeClientOptions {
  /** sk_… or rk_… key of the connection. */
  secretKey: string;
  /** Origin to call instead of https://api.stripe.com, e.g. http://127.0.0.1:12111 (stand-ins, proxies). */
  apiBase?: string;
  /** Per request; there is one attempt per request. */
  timeoutMs?: number;
  /** Instead of the SDK's default Node client, e.g. one that records requests (capturing-http-client.ts). */
  httpClient?: Stripe.HttpClient;
}

export const DEFAULT_STRIPE_TIMEOUT_MS = 20_000;

export function createStripeClient({ secretKey, apiBase, timeoutMs = DEFAULT_STRIPE_TIMEOUT_MS, httpClient }: CreateStripeClientOptions): Stripe {
  return new Stripe(secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    appInfo: { name: "Conduit" },
    ...(httpClient === undefined ? {} : { httpClient }),
    ...(apiBase === undefined ? {} : hostOf(apiBase)),
  });
}

/** The SDK takes host, port and protocol apart and always requests /v1/…, so a base URL with a path cannot work. */
function hostOf(apiBase: string): { host: string; port: number; protocol: "http" | "https" } {
  let url: URL;
  try {
    url = new URL(apiBase);
  } catch {
    throw new Error(`The Stripe API base "${apiBase}" is not a URL; use an origin like https://api.stripe.com.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`The Stripe API base "${apiBase}" must start with http:// or https://.`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(`The Stripe API base "${apiBase}" must be an origin without a path, like https://api.stripe.com.`);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : protocol === "https" ? 443 : 80,
    protocol,
  };
}
