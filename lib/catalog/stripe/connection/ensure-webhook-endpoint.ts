// Makes sure the connection has exactly one webhook endpoint in Stripe, at its URL, sending the
// events the catalog needs in the API version Conduit speaks. Reconciles rather than re-creates:
// the stored endpoint is kept and updated; it is re-created only when it is gone, or when its API
// version differs (Stripe cannot change an endpoint's version). Endpoints at other URLs (the
// user's own) are never touched. Stripe shows an endpoint's signing secret only when creating it,
// so an endpoint at our URL whose secret Conduit does not hold (say, left by a save that failed
// before storing it) is replaced, not reused: its deliveries could never be verified.
import type Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { stripeSetupErrorFrom } from "@/lib/catalog/stripe/connection/stripe-setup-error";

export interface EnsureWebhookEndpointOptions {
  secretKey: string;
  apiBase?: string;
  /** This connection's public webhook URL, e.g. `${APP_URL}/api/webhooks/stripe/<connectionId>`. */
  url: string;
  /** The Stripe event types the catalog's triggers listen to. */
  enabledEvents: readonly string[];
  /** The endpoint Conduit created for this connection before, whose signing secret it holds. */
  endpointId?: string | null;
  /**
   * Without an endpointId: whether the connection holds the signing secret of an endpoint already at
   * `url` (one the user created by hand and pasted the secret of). Then that endpoint is reused.
   */
  hasSigningSecret?: boolean;
}

export interface EnsuredWebhookEndpoint {
  endpointId: string;
  /** Only when an endpoint was created: store it in place of the previous secret. */
  secret?: string;
  outcome: "created" | "recreated" | "updated" | "unchanged";
  /** Other endpoints at our URL that were deleted (duplicates Conduit cannot verify). */
  removedEndpointIds: string[];
}

const ACTION = "setUpWebhook";
const DESCRIPTION = "Conduit: sends these events to your zaps. Deleting it stops them.";

export async function ensureWebhookEndpoint(options: EnsureWebhookEndpointOptions): Promise<EnsuredWebhookEndpoint> {
  const { secretKey, apiBase, url, endpointId, hasSigningSecret = false } = options;
  const events = [...new Set(options.enabledEvents)].sort();
  if (events.length === 0) throw new Error("ensureWebhookEndpoint needs at least one event type.");
  const client = createStripeClient({ secretKey, apiBase });
  try {
    const endpoints = await listAll(client);
    const ours = endpoints.filter((endpoint) => endpoint.url === url);
    // Stripe lists newest first: ours[0] is the newest endpoint at our URL.
    const kept = endpointId ? endpoints.find((endpoint) => endpoint.id === endpointId) : hasSigningSecret ? ours[0] : undefined;

    let result: Omit<EnsuredWebhookEndpoint, "removedEndpointIds">;
    if (kept && kept.api_version === STRIPE_API_VERSION) {
      result = await reconcile({ client, endpoint: kept, url, events });
    } else {
      const created = await client.webhookEndpoints.create({
        url,
        enabled_events: events as Stripe.WebhookEndpointCreateParams.EnabledEvent[],
        api_version: STRIPE_API_VERSION,
        description: DESCRIPTION,
        metadata: { created_by: "conduit" },
      });
      if (!created.secret) throw new Error("Stripe created the webhook endpoint without a signing secret.");
      result = { endpointId: created.id, secret: created.secret, outcome: kept || endpointId ? "recreated" : "created" };
    }

    // Deleted only after the new one exists, so no event falls between the two.
    const stale = [...ours, ...(kept ? [kept] : [])].filter((endpoint, index, all) => endpoint.id !== result.endpointId && all.indexOf(endpoint) === index);
    for (const endpoint of stale) await deleteIfPresent(client, endpoint.id);
    return { ...result, removedEndpointIds: stale.map((endpoint) => endpoint.id) };
  } catch (error) {
    throw stripeSetupErrorFrom({ error, action: ACTION });
  }
}

async function listAll(client: Stripe): Promise<Stripe.WebhookEndpoint[]> {
  const all: Stripe.WebhookEndpoint[] = [];
  for await (const endpoint of client.webhookEndpoints.list({ limit: 100 })) all.push(endpoint);
  return all;
}

async function reconcile({ client, endpoint, url, events }: { client: Stripe; endpoint: Stripe.WebhookEndpoint; url: string; events: string[] }) {
  const sameEvents = endpoint.enabled_events.length === events.length && [...endpoint.enabled_events].sort().every((event, index) => event === events[index]);
  if (endpoint.url === url && sameEvents && endpoint.status === "enabled") return { endpointId: endpoint.id, outcome: "unchanged" as const };
  await client.webhookEndpoints.update(endpoint.id, {
    url,
    enabled_events: events as Stripe.WebhookEndpointUpdateParams.EnabledEvent[],
    // Stripe disables an endpoint that has failed for days; saving the connection turns it back on.
    disabled: false,
  });
  return { endpointId: endpoint.id, outcome: "updated" as const };
}

async function deleteIfPresent(client: Stripe, id: string): Promise<void> {
  await client.webhookEndpoints.del(id).catch((error: unknown) => {
    if (error instanceof client.errors.StripeError && error.statusCode === 404) return;
    throw error;
  });
}
