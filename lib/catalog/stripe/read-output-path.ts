// Output-field paths (OutputField.path) for Stripe triggers:
// - a plain dot path reads the event's `data.object`: "customer_details.email", "items.data.0.price.id";
// - a path starting with "$event." reads the whole event envelope instead: "$event.id", "$event.type",
//   "$event.data.previous_attributes.status". Stripe field names never start with "$", so the two
//   cannot collide.
// Numeric segments index arrays. A path that leads nowhere reads as undefined.
import type Stripe from "stripe";

const EVENT_PREFIX = "$event.";

/** The value an output field's path points at in an event, or undefined when it is absent. */
export function readOutputPath(event: Stripe.Event, path: string): unknown {
  const fromEvent = path.startsWith(EVENT_PREFIX);
  const root: unknown = fromEvent ? event : event.data.object;
  const segments = (fromEvent ? path.slice(EVENT_PREFIX.length) : path).split(".");
  return segments.reduce<unknown>((value, segment) => {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    return (value as Record<string, unknown>)[segment];
  }, root);
}
