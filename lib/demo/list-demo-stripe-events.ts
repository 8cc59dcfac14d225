import { stripeWebhookUrl } from "@/lib/catalog/stripe/connection/stripe-webhook-url";
import { db } from "@/lib/db";
import { callDemoControl, type DemoControlAnswer } from "@/lib/demo/call-demo-control";
import type { DemoStripeEventSummary } from "@/lib/demo/demo-control-types";
import { env } from "@/lib/env";

/**
 * The events the demo Stripe account sent, newest first, each with its deliveries to this user's
 * connections only (other demo users' endpoints are theirs to see).
 */
export async function listDemoStripeEvents({
  userId,
  appUrl = env().APP_URL,
}: {
  userId: string;
  appUrl?: string;
}): Promise<DemoControlAnswer<{ events: DemoStripeEventSummary[] }>> {
  const answer = await callDemoControl<{ events: DemoStripeEventSummary[] }>({ path: "/stripe/events" });
  if (!answer.ok) return answer;
  const connections = await db.connection.findMany({ where: { userId, app: "stripe" }, select: { id: true } });
  const own = new Set(connections.map(({ id }) => stripeWebhookUrl({ appUrl, connectionId: id })));
  return {
    ok: true,
    body: { events: answer.body.events.map((event) => ({ ...event, deliveries: event.deliveries.filter((delivery) => own.has(delivery.url)) })) },
  };
}
