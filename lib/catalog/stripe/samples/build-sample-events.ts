import type { SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { chargeSamples } from "@/lib/catalog/stripe/samples/recipes/charge";
import { checkoutSessionSamples } from "@/lib/catalog/stripe/samples/recipes/checkout-session";
import { customerSamples } from "@/lib/catalog/stripe/samples/recipes/customer";
import { disputeSamples } from "@/lib/catalog/stripe/samples/recipes/dispute";
import { invoiceSamples } from "@/lib/catalog/stripe/samples/recipes/invoice";
import { paymentIntentSamples } from "@/lib/catalog/stripe/samples/recipes/payment-intent";
import { subscriptionSamples } from "@/lib/catalog/stripe/samples/recipes/subscription";

/** Every sample event, built from Stripe's fixtures; each is written to samples/<event type>.json. */
export function buildSampleEvents(resources: FixtureResources): SampleEvent[] {
  return [customerSamples, checkoutSessionSamples, subscriptionSamples, invoiceSamples, chargeSamples, paymentIntentSamples, disputeSamples].flatMap((recipe) =>
    recipe(resources),
  );
}
