// How a Stripe connection's events reach Conduit: "webhook" when Stripe can sign and deliver them
// (Conduit created the endpoint, or the user saved its signing secret), otherwise "sync": the worker
// reads Stripe's Events API itself. The one place that decides, so a user override can be added here.
import { stripeConnectionConfigSchema } from "@/lib/connections/schema";

export type StripeIntakeMode = "webhook" | "sync";

export function stripeIntakeMode({ connection }: { connection: { config: unknown } }): StripeIntakeMode {
  const config = stripeConnectionConfigSchema.safeParse(connection.config);
  if (!config.success) return "sync";
  const { webhook } = config.data;
  return webhook.mode === "manual" && webhook.signingSecretLast4 === null ? "sync" : "webhook";
}
