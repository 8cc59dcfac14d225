import { stripeApp } from "@/lib/catalog/stripe/app";

/** Every Stripe event type a catalog trigger listens to: what Conduit's webhook endpoint subscribes to. */
export function catalogStripeEvents(): string[] {
  return [...new Set(stripeApp.triggers.flatMap((trigger) => trigger.eventTypes))].sort();
}
