// How a Stripe connection's events reach Conduit: "webhook" when Stripe can sign and deliver them
// (Conduit created the endpoint, or the user saved its signing secret), otherwise "sync": the worker
// reads Stripe's Events API itself. The user may force either (config.intake, set through
// lib/catalog/stripe/intake/set-stripe-intake-mode.ts, which refuses "webhook" without a working endpoint).
import { stripeWebhookWorks } from "@/lib/catalog/stripe/intake/stripe-webhook-works";
import { stripeConnectionConfigSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";

export type StripeIntakeMode = "webhook" | "sync";

export function stripeIntakeMode({ connection }: { connection: { config: unknown } }): StripeIntakeMode {
  const config = stripeConnectionConfigSchema.safeParse(connection.config);
  if (!config.success) return "sync";
  if (config.data.intake) return config.data.intake;
  return stripeWebhookWorks({ config: config.data }) ? "webhook" : "sync";
}
