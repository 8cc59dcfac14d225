import type Stripe from "stripe";

type EventOfType<T extends Stripe.Event["type"]> = Extract<Stripe.Event, { type: T }>;

/**
 * A sample JSON file as the Stripe event it is. The files are Stripe's fixtures at the webhook's API
 * version, which the SDK's newer types do not describe field for field: samples.test.ts checks
 * their shape against the fixtures instead.
 */
export function sampleEvent<T extends Stripe.Event["type"]>(json: { object: string; type: string }, type: T): EventOfType<T> {
  if (json.object !== "event" || json.type !== type) throw new Error(`This sample is not a ${type} event.`);
  return json as unknown as EventOfType<T>;
}
