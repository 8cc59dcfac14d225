// The Stripe webhook on the production server's fast path: the same receiveStripeWebhook as the
// Next.js route (app/api/webhooks/stripe/[connectionId]/route.ts, which `next dev` serves), reached
// without Next.js's router, proxy and response pipeline, which cost more CPU than the webhook itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readNodeBodyWithLimit } from "@/lib/http/read-node-body-with-limit";
import { logger } from "@/lib/logger";
import { receiveStripeWebhook, WEBHOOK_MAX_BYTES } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

const WEBHOOK_PATH = /^\/api\/webhooks\/stripe\/([^/?#]+)(?:\?.*)?$/;

/** The connection id when this is a POST to a Stripe webhook URL, else null (Next.js serves it). */
export function webhookConnectionId({ method, url }: { method: string | undefined; url: string | undefined }): string | null {
  if (method !== "POST" || !url) return null;
  const match = WEBHOOK_PATH.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export async function handleWebhookRequest({
  request,
  response,
  connectionId,
}: {
  request: IncomingMessage;
  response: ServerResponse;
  connectionId: string;
}): Promise<void> {
  let status = 500;
  let body: Record<string, unknown> = { error: "Conduit failed to handle this webhook; Stripe will retry." };
  let tooLarge = false;
  try {
    const rawBody = await readNodeBodyWithLimit({ request, limitBytes: WEBHOOK_MAX_BYTES });
    tooLarge = rawBody === null;
    const answer = await receiveStripeWebhook({ connectionId, rawBody, signature: headerValue(request.headers["stripe-signature"]) });
    status = answer.status;
    body = answer.body;
  } catch (error) {
    logger.error("webhook: request failed", { connectionId, error });
  }
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // The rest of an oversized body is not read: the connection cannot be reused.
    ...(tooLarge ? { Connection: "close" } : {}),
  });
  response.end(text);
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
