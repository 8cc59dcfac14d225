import type Stripe from "stripe";

/** A copy of an event whose data.object has some fields changed (and, optionally, its envelope). */
export function withObject<E extends Stripe.Event>(event: E, changes: Partial<E["data"]["object"]>, envelope: Partial<Omit<E, "data">> = {}): E {
  return { ...event, ...envelope, data: { ...event.data, object: { ...event.data.object, ...changes } } } as E;
}
