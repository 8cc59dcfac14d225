import type Stripe from "stripe";

/** A Stripe object as JSON on the wire: the SDK's Decimal fields ("unit_amount_decimal") are strings. */
export type Wire<T> = T extends Stripe.Decimal ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/**
 * What Stripe sent, as plain JSON. The SDK turns decimal strings into Decimal objects and adds a
 * non-enumerable lastResponse; a step's output should be the same in memory as once stored, so
 * later steps see "2000" whether the run is fresh or resumed.
 */
export function wireJson<T>(value: T): Wire<T> {
  return JSON.parse(JSON.stringify(value)) as Wire<T>;
}
