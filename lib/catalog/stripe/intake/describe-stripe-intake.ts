import { stripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import { env } from "@/lib/env";
import type { Translate } from "@/lib/i18n/translator";

/** How a Stripe connection's new events reach Conduit, in a sentence for the publish message and the connection card. */
export function describeStripeIntake(connection: { config: unknown }, t: Translate): string {
  if (stripeIntakeMode({ connection }) === "webhook") return t("connections.card.stripe.intakeWebhook");
  return t("connections.card.stripe.intakeSync", { seconds: Math.round(env().STRIPE_SYNC_INTERVAL_MS / 100) / 10 });
}
