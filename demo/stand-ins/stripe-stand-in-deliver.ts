// Webhook delivery by the Stripe stand-in, as Stripe does it: the event, as JSON, POSTed to every
// enabled endpoint of its account and mode whose enabled_events match ("*" or the type), signed
// `Stripe-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of "t.body" with the endpoint's whsec_>`.
// A network error or a non-2xx answer is retried after each of `retryDelaysMs` (Stripe retries for
// days; the stand-in a few times), then given up.
import { signStripePayload } from "@/demo/stand-ins/sign-stripe-payload";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import type { ModeStore } from "@/demo/stand-ins/stripe-stand-in-store";

export interface StripeWebhookDelivery {
  eventId: string;
  eventType: string;
  endpointId: string;
  url: string;
  /** One entry per try: the HTTP status, or the network error's message. */
  attempts: { at: Date; status?: number; error?: string }[];
  outcome: "pending" | "delivered" | "failed";
}

export interface DeliverStripeEventOptions {
  store: ModeStore;
  event: JsonObject;
  retryDelaysMs: readonly number[];
  /** Each delivery is added here as soon as it starts, and updated after each try. */
  log: StripeWebhookDelivery[];
  /** Aborts pending tries and retries (the stand-in is closing). */
  signal: AbortSignal;
}

/** Resolves when every matching endpoint got the event or every retry was spent. */
export async function deliverStripeEvent({ store, event, retryDelaysMs, log, signal }: DeliverStripeEventOptions): Promise<StripeWebhookDelivery[]> {
  const type = String(event.type);
  const payload = JSON.stringify(event, null, 2);
  const targets = [...store.webhookEndpoints.values()].filter((endpoint) => {
    const events = Array.isArray(endpoint.enabled_events) ? endpoint.enabled_events : [];
    return endpoint.status === "enabled" && (events.includes("*") || events.includes(type));
  });
  return Promise.all(
    targets.map(async (endpoint) => {
      const endpointId = String(endpoint.id);
      const delivery: StripeWebhookDelivery = {
        eventId: String(event.id),
        eventType: type,
        endpointId,
        url: String(endpoint.url),
        attempts: [],
        outcome: "pending",
      };
      log.push(delivery);
      for (let attempt = 0; attempt <= retryDelaysMs.length && !signal.aborted; attempt += 1) {
        if (attempt > 0) await pause(retryDelaysMs[attempt - 1] ?? 0, signal);
        // Re-read each time: the endpoint may have been deleted, disabled or given a new secret meanwhile.
        const secret = store.webhookSecrets.get(endpointId);
        if (!secret || signal.aborted) break;
        const at = new Date();
        try {
          const response = await fetch(delivery.url, {
            method: "POST",
            headers: {
              "content-type": "application/json; charset=utf-8",
              "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
              "stripe-signature": signStripePayload({ payload, secret, timestamp: Math.floor(at.getTime() / 1000) }),
            },
            body: payload,
            signal,
          });
          await response.arrayBuffer();
          delivery.attempts.push({ at, status: response.status });
          if (response.ok) {
            delivery.outcome = "delivered";
            return delivery;
          }
        } catch (error) {
          delivery.attempts.push({ at, error: error instanceof Error ? error.message : String(error) });
        }
      }
      delivery.outcome = "failed";
      return delivery;
    }),
  );
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
