import { STRIPE_API_VERSION } from "@/lib/catalog/stripe/client/stripe-api-version";
import { catalogStripeEvents } from "@/lib/catalog/stripe/connection/catalog-stripe-events";
import { checkPublicAppUrl, type PublicAppUrlProblem } from "@/lib/connections/check-public-app-url";
import { env } from "@/lib/env";

/** What a user needs to add Conduit's webhook endpoint in Stripe's dashboard by hand. */
export interface StripeWebhookGuide {
  appUrl: string;
  /** Why Stripe cannot reach APP_URL ("notHttps"), which the pages word in the viewer's language; null when it can. */
  reasonCode: PublicAppUrlProblem | null;
  /** Every event type a Stripe trigger listens to. */
  events: string[];
  /** The API version the endpoint must use, so payloads have the shapes Conduit reads. */
  apiVersion: string;
}

export function stripeWebhookGuide({ appUrl = env().APP_URL }: { appUrl?: string }): StripeWebhookGuide {
  const check = checkPublicAppUrl({ appUrl });
  return {
    appUrl,
    reasonCode: check.isPublic ? null : check.code,
    events: catalogStripeEvents(),
    apiVersion: STRIPE_API_VERSION,
  };
}
