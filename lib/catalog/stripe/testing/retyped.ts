import type Stripe from "stripe";

/** The same payload under another event type, including types Stripe may add later. */
export function retyped(event: Stripe.Event, type: string): Stripe.Event {
  return { ...event, type } as unknown as Stripe.Event;
}
