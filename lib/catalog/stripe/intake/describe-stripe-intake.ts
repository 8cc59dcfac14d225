import { stripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";
import { env } from "@/lib/env";

/** How a Stripe connection's new events reach Conduit, in a sentence for the publish message and the connection card. */
export function describeStripeIntake(connection: { config: unknown }): string {
  if (stripeIntakeMode({ connection }) === "webhook") return "Stripe sends each new event to Conduit's webhook as it happens.";
  const seconds = Math.round(env().STRIPE_SYNC_INTERVAL_MS / 100) / 10;
  return `Conduit checks Stripe for new events every ${seconds} s (no webhook needed).`;
}
