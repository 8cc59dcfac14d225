import type Stripe from "stripe";
import type { JsonObject } from "@/lib/catalog/stripe/samples/fixture-resources";

/** A Stripe type as JSON on the wire, every field optional: decimals arrive as strings. */
export type DeepPartial<T> = T extends Stripe.Decimal
  ? string
  : T extends readonly (infer U)[]
    ? DeepPartial<U>[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

const isPlainObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged;
}

/**
 * A Stripe fixture with layers of overrides typed by the SDK, applied in order. Objects merge key by
 * key, so nested objects keep the fixture's other fields; arrays and null replace. A top-level key
 * the fixture lacks is refused: a sample keeps exactly the fields Stripe sends at the fixture's API
 * version.
 */
export function fromFixture<T>(fixture: JsonObject, ...layers: DeepPartial<T>[]): DeepPartial<T> {
  for (const key of layers.flatMap((layer) => Object.keys(layer as JsonObject))) {
    if (!Object.hasOwn(fixture, key)) throw new Error(`The fixture has no field "${key}"; a sample keeps Stripe's top-level fields.`);
  }
  return layers.reduce<unknown>(merge, fixture) as DeepPartial<T>;
}
