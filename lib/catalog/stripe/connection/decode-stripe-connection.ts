import type { StoredConnection } from "@/lib/catalog/define";
import {
  stripeConnectionConfigSchema,
  stripeSecretsSchema,
  type StripeConnectionConfig,
  type StripeSecrets,
} from "@/lib/catalog/stripe/connection/stripe-connection-schema";

/** A Stripe connection as Stripe's client, checks and webhook intake use it. */
export interface StripeConnectionWithSecrets {
  id: string;
  app: "stripe";
  config: StripeConnectionConfig;
  secrets: StripeSecrets;
}

export function decodeStripeConnection({ id, config, secrets }: StoredConnection): StripeConnectionWithSecrets {
  return { id, app: "stripe", config: stripeConnectionConfigSchema.parse(config), secrets: stripeSecretsSchema.parse(secrets) };
}
