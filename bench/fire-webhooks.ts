// Sends signed webhooks with autocannon: each request a new event, signed as it is sent. Returns
// which event ids were answered 2xx, so the checks can find each one in the database and at Customer.io.
import autocannon from "autocannon";
import { signedWebhook } from "@/bench/signed-webhook";

export interface FireResult {
  accepted: string[];
  /** When each event's request was built and sent (ms since the epoch), by Stripe event id. */
  sentAt: Map<string, number>;
  /** Answers that were not 2xx, by status. */
  refused: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  durationS: number;
}

export async function fireWebhooks({
  url,
  signingSecret,
  durationS,
  connections,
  rate,
  amount,
}: {
  url: string;
  signingSecret: string;
  durationS?: number;
  connections: number;
  /** Requests per second across all connections; unset: as fast as answers come back. */
  rate?: number;
  /** Stop after this many requests instead of after durationS. */
  amount?: number;
}): Promise<FireResult> {
  const accepted: string[] = [];
  const sentAt = new Map<string, number>();
  const refused: Record<string, number> = {};
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    pipelining: 1,
    timeout: 10,
    ...(amount ? { amount } : { duration: durationS ?? 10 }),
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (request, context: object) => {
          const webhook = signedWebhook({ signingSecret });
          (context as { eventId?: string }).eventId = webhook.eventId;
          sentAt.set(webhook.eventId, Date.now());
          return { ...request, body: webhook.body, headers: { ...request.headers, "content-type": "application/json", "stripe-signature": webhook.signature } };
        },
        onResponse: (status, _body, context: object) => {
          if (status >= 200 && status < 300) accepted.push(String((context as { eventId?: string }).eventId));
          else refused[status] = (refused[status] ?? 0) + 1;
        },
      },
    ],
  });
  return {
    accepted,
    sentAt,
    refused,
    errors: result.errors + result.timeouts,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    durationS: result.duration,
  };
}
