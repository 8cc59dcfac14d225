import type { FixtureResources, JsonObject } from "@/lib/catalog/stripe/samples/fixture-resources";

/** One resource's example object from Stripe's fixtures, e.g. "checkout.session". */
export function fixtureOf(resources: FixtureResources, name: string): JsonObject {
  const fixture = resources[name];
  if (!fixture) throw new Error(`Stripe's fixtures have no "${name}" resource.`);
  return fixture;
}
