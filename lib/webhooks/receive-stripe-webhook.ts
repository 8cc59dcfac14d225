// Everything POST /api/webhooks/stripe/[connectionId] does, as a function of the request: verify the
// signature on the raw body, store the event and its runs in one transaction, enqueue, answer.
// Rejections store nothing; a 2xx means the event is in PostgreSQL. No outbound call before answering.
// An event carrying Conduit's signed test mark ("Send test event") runs only the zap it names.
import Stripe from "stripe";
import { logger } from "@/lib/logger";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { recordStripeEvent } from "@/lib/runs/record-stripe-event";
import { recordTestEvent } from "@/lib/runs/record-test-event";
import { CONDUIT_TEST_MARK, conduitTestMarkSchema } from "@/lib/webhooks/conduit-test-mark";
import { findWebhookConnection } from "@/lib/webhooks/find-webhook-connection";

export const WEBHOOK_TOLERANCE_SECONDS = 300;
export const WEBHOOK_MAX_BYTES = 1024 * 1024;

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
}

const reject = (status: number, error: string): WebhookAnswer => ({ status, body: { error } });

function isStripeEvent(value: unknown): value is Stripe.Event {
  if (!value || typeof value !== "object") return false;
  const event = value as Record<string, unknown>;
  const data = event.data as Record<string, unknown> | undefined;
  return (
    typeof event.id === "string" && event.id.startsWith("evt_") && event.id.length <= 255 &&
    event.object === "event" && typeof event.type === "string" && event.type.length <= 255 &&
    typeof event.livemode === "boolean" && !!data && typeof data.object === "object" && data.object !== null
  );
}

function signatureProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/tolerance/i.test(message)) return "The Stripe-Signature timestamp is too old (over 300 s) or in the future.";
  if (/extract timestamp/i.test(message)) return "The Stripe-Signature header is malformed.";
  return "The Stripe-Signature does not match this endpoint's signing secret.";
}

export async function receiveStripeWebhook({
  connectionId,
  rawBody,
  signature,
}: {
  connectionId: string;
  /** null when the body was larger than WEBHOOK_MAX_BYTES. */
  rawBody: string | null;
  signature: string | null;
}): Promise<WebhookAnswer> {
  if (rawBody === null) return reject(413, `The body is larger than ${WEBHOOK_MAX_BYTES} bytes.`);
  if (!signature) return reject(400, "The Stripe-Signature header is missing.");

  let connection;
  try {
    connection = await findWebhookConnection({ connectionId });
  } catch (error) {
    logger.error("webhook: connection lookup failed", { connectionId, error });
    return reject(503, "Conduit cannot reach its database; Stripe will retry.");
  }
  if (!connection.found) return reject(400, "This webhook URL does not belong to a Stripe connection.");
  if (!connection.signingSecret) return reject(400, "This connection has no signing secret yet: add it on Conduit's Connections page.");

  let parsed: unknown;
  try {
    // Verifies the HMAC over the raw bytes first, and only then parses them.
    parsed = Stripe.webhooks.constructEvent(rawBody, signature, connection.signingSecret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) return reject(400, signatureProblem(error));
    return reject(400, "The body is not JSON.");
  }
  if (!isStripeEvent(parsed)) return reject(400, "The body is not a Stripe event.");

  const { [CONDUIT_TEST_MARK]: mark, ...event } = parsed as Stripe.Event & { [CONDUIT_TEST_MARK]?: unknown };
  let testOf: string | undefined;
  if (mark !== undefined) {
    const checked = conduitTestMarkSchema.safeParse(mark);
    if (!checked.success) return reject(400, "The Conduit test mark is malformed.");
    testOf = checked.data.zap_id;
  }

  let recorded: { duplicate: boolean; runIds: string[] };
  try {
    const owner = { id: connection.id, userId: connection.userId };
    if (testOf === undefined) {
      recorded = await recordStripeEvent({ connection: owner, event });
    } else {
      const test = await recordTestEvent({ connection: owner, event, zapId: testOf });
      if (!test.ok) return reject(400, test.message);
      recorded = test;
    }
  } catch (error) {
    logger.error("webhook: storing the event failed", { connectionId, stripeEventId: event.id, error });
    return reject(503, "Conduit could not store the event; Stripe will retry.");
  }
  await enqueueRuns({ runIds: recorded.runIds });
  return { status: 200, body: { received: true, duplicate: recorded.duplicate, runs: recorded.runIds.length, ...(testOf === undefined ? {} : { test: true }) } };
}
