// Everything POST /api/webhooks/stripe/[connectionId] does, as a function of the request: verify the
// signature on the raw body, store the event and its runs in one transaction, enqueue, answer.
// Rejections store nothing; a 2xx means the event is in PostgreSQL. No outbound call before answering.
import Stripe from "stripe";
import { logger } from "@/lib/logger";
import { findValueProblem, VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { enqueueRuns } from "@/lib/queue/enqueue-runs";
import { ConnectionGoneError, recordStripeEvent } from "@/lib/catalog/stripe/intake/record-stripe-event";
import { findWebhookConnection, forgetWebhookConnection, type WebhookConnection } from "@/lib/catalog/stripe/webhook/find-webhook-connection";

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
    typeof event.id === "string" &&
    event.id.startsWith("evt_") &&
    event.id.length <= 255 &&
    event.object === "event" &&
    typeof event.type === "string" &&
    event.type.length <= 255 &&
    typeof event.livemode === "boolean" &&
    !!data &&
    typeof data.object === "object" &&
    data.object !== null
  );
}

const NOT_A_CONNECTION = "This webhook URL does not belong to a Stripe connection.";
const SIGNATURE_MISMATCH = "The Stripe-Signature does not match this endpoint's signing secret.";

type LookedUp = (Extract<WebhookConnection, { found: true }> & { signingSecret: string }) | { found: false; answer: WebhookAnswer };

async function lookUpConnection({ connectionId, fresh }: { connectionId: string; fresh: boolean }): Promise<LookedUp> {
  try {
    const connection = await findWebhookConnection({ connectionId, fresh });
    if (!connection.found) return { found: false, answer: reject(400, NOT_A_CONNECTION) };
    if (!connection.signingSecret)
      return { found: false, answer: reject(400, "This connection has no signing secret yet: add it on Conduit's Connections page.") };
    return { ...connection, signingSecret: connection.signingSecret };
  } catch (error) {
    logger.error("webhook: connection lookup failed", { connectionId, error });
    return { found: false, answer: reject(503, "Conduit cannot reach its database; Stripe will retry.") };
  }
}

type Verified = { ok: true; parsed: unknown } | { ok: false; answer: WebhookAnswer; mismatch: boolean };

function verifySignature({ rawBody, signature, signingSecret }: { rawBody: string; signature: string; signingSecret: string }): Verified {
  try {
    // Verifies the HMAC over the raw bytes first, and only then parses them.
    return { ok: true, parsed: Stripe.webhooks.constructEvent(rawBody, signature, signingSecret, WEBHOOK_TOLERANCE_SECONDS) };
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) return { ok: false, answer: reject(400, "The body is not JSON."), mismatch: false };
    const problem = signatureProblem(error);
    return { ok: false, answer: reject(400, problem), mismatch: problem === SIGNATURE_MISMATCH };
  }
}

function signatureProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/tolerance/i.test(message)) return "The Stripe-Signature timestamp is too old (over 300 s) or in the future.";
  if (/extract timestamp/i.test(message)) return "The Stripe-Signature header is malformed.";
  return SIGNATURE_MISMATCH;
}

/**
 * The header's timestamp, read as Stripe's SDK reads it (the last "t=", parseInt). The SDK refuses
 * only old timestamps; a future or unreadable one (NaN) would skip its freshness check entirely.
 */
function signedAt(signature: string): number {
  let timestamp = NaN;
  for (const item of signature.split(",")) {
    const [key, value = ""] = item.split("=");
    if (key === "t") timestamp = Number.parseInt(value, 10);
  }
  return timestamp;
}

function storageProblem(event: unknown): string | undefined {
  const problem = findValueProblem({ value: event });
  if (!problem) return undefined;
  return problem.kind === "depth"
    ? `The event is nested more than ${VALUE_LIMITS.maxDepth} levels deep (at ${problem.path}); Stripe events never are, so check what posts to this URL.`
    : `The event holds text that cannot be stored (a NUL character or an unpaired surrogate) at ${problem.path}; remove it from that field in Stripe.`;
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

  let connection = await lookUpConnection({ connectionId, fresh: false });
  if (!connection.found) return connection.answer;
  let verified = verifySignature({ rawBody, signature, signingSecret: connection.signingSecret });
  // A remembered secret may have been replaced since: check once more against the stored one.
  if (!verified.ok && verified.mismatch && connection.fromCache) {
    connection = await lookUpConnection({ connectionId, fresh: true });
    if (!connection.found) return connection.answer;
    verified = verifySignature({ rawBody, signature, signingSecret: connection.signingSecret });
  }
  if (!verified.ok) return verified.answer;
  const parsed = verified.parsed;
  const timestamp = signedAt(signature);
  if (!Number.isFinite(timestamp)) return reject(400, "The Stripe-Signature timestamp is not a number.");
  if (timestamp > Date.now() / 1000 + WEBHOOK_TOLERANCE_SECONDS) {
    return reject(
      400,
      `The Stripe-Signature timestamp is more than ${WEBHOOK_TOLERANCE_SECONDS} s in the future; check the clock of the server running Conduit.`,
    );
  }
  if (!isStripeEvent(parsed)) return reject(400, "The body is not a Stripe event.");
  // Refused with a 400 that says what is wrong, rather than failing to store with a 503 that blames the database.
  const unstorable = storageProblem(parsed);
  if (unstorable) return reject(400, unstorable);

  const event = parsed;
  let recorded: { duplicate: boolean; runIds: string[] };
  try {
    recorded = await recordStripeEvent({ connection: { id: connection.id, userId: connection.userId }, event, payloadJson: rawBody });
  } catch (error) {
    if (error instanceof ConnectionGoneError) {
      forgetWebhookConnection({ connectionId });
      return reject(400, NOT_A_CONNECTION);
    }
    logger.error("webhook: storing the event failed", { connectionId, stripeEventId: event.id, error });
    return reject(503, "Conduit could not store the event; Stripe will retry.");
  }
  await enqueueRuns({ runIds: recorded.runIds });
  return { status: 200, body: { received: true, duplicate: recorded.duplicate, runs: recorded.runIds.length } };
}
