import type { StripeConnectionConfig } from "@/lib/catalog/stripe/connection/stripe-connection-schema";

/** Stripe can deliver signed events to the connection: Conduit created the endpoint, or the user saved its signing secret. */
export function stripeWebhookWorks({ config }: { config: Pick<StripeConnectionConfig, "webhook"> }): boolean {
  return config.webhook.mode === "managed" || config.webhook.signingSecretLast4 !== null;
}
