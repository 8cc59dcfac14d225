import { createHmac } from "node:crypto";

/** The Stripe-Signature header Stripe sends for a payload: the scheme stripe.webhooks.constructEvent checks. */
export function signStripePayload({ payload, secret, timestamp }: { payload: string; secret: string; timestamp: number }): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
