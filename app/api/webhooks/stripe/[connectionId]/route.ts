import { readBodyWithLimit } from "@/lib/http/read-body-with-limit";
import { receiveStripeWebhook, WEBHOOK_MAX_BYTES } from "@/lib/catalog/stripe/webhook/receive-stripe-webhook";

export const dynamic = "force-dynamic";

/** Stripe posts each event of the connection here (the URL shown on the Connections page). */
export async function POST(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const rawBody = await readBodyWithLimit({ request, limitBytes: WEBHOOK_MAX_BYTES });
  const answer = await receiveStripeWebhook({ connectionId, rawBody, signature: request.headers.get("stripe-signature") });
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
