// Builds the objects the Stripe stand-in answers with from Stripe's own example objects: a seeded
// object is a fixture with the test's overrides merged in, never a shape written by hand.
import { readFileSync } from "node:fs";
import type Stripe from "stripe";
import { fixturesPath } from "@/lib/catalog/stripe/samples/fixtures-path";
import { accountFixture, webhookEndpointFixture } from "@/demo/stand-ins/stripe-stand-in-extra-fixtures";

export type JsonObject = Record<string, unknown>;

/** A Stripe type as JSON on the wire, every field optional (decimals arrive as strings). */
export type DeepPartial<T> = T extends Stripe.Decimal
  ? string
  : T extends readonly (infer U)[]
    ? DeepPartial<U>[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> | null }
      : T;

export type StandInResource =
  "customer" | "charge" | "payment_intent" | "refund" | "subscription" | "invoice" | "dispute" | "event" | "webhook_endpoint" | "account";

const ID_PREFIXES: Record<StandInResource, string> = {
  customer: "cus",
  charge: "ch",
  payment_intent: "pi",
  refund: "re",
  subscription: "sub",
  invoice: "in",
  dispute: "dp",
  event: "evt",
  webhook_endpoint: "we",
  account: "acct",
};

let sharedFixtures: Record<string, JsonObject> | undefined;

/** Stripe's own fixtures (the subset copied into the repo, see fixtures-path.ts). */
function sharedFixture(name: string): JsonObject {
  if (!sharedFixtures) {
    const file = fixturesPath();
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { resources?: Record<string, JsonObject> };
    if (!parsed.resources) throw new Error(`${file} has no "resources" object.`);
    sharedFixtures = parsed.resources;
  }
  const fixture = sharedFixtures[name];
  if (!fixture) throw new Error(`Stripe's fixtures have no "${name}" resource.`);
  return fixture;
}

export function fixtureOf(resource: StandInResource): JsonObject {
  if (resource === "account") return accountFixture;
  if (resource === "webhook_endpoint") return webhookEndpointFixture;
  return sharedFixture(resource);
}

const isPlainObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return structuredClone(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const merged: JsonObject = structuredClone(base);
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged;
}

let idCounter = 0;

/** Unique, ordered, Stripe-looking ids ("ch_StandIn000000000000042"). */
export function newId(resource: StandInResource): string {
  idCounter += 1;
  return `${ID_PREFIXES[resource]}_StandIn${String(idCounter).padStart(15, "0")}`;
}

export interface BuildOptions {
  resource: StandInResource;
  overrides: object;
  livemode: boolean;
}

/**
 * A fixture with overrides: objects merge key by key, arrays and null replace, an event's `data`
 * replaces the fixture's (it holds another resource). A top-level key the fixture lacks is refused,
 * so every answer keeps Stripe's fields. Without an id, the object gets a new one.
 */
export function buildObject({ resource, overrides, livemode }: BuildOptions): JsonObject {
  const fixture = fixtureOf(resource);
  const given = overrides as JsonObject;
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(fixture, key)) throw new Error(`Stripe's ${resource} fixture has no field "${key}".`);
  }
  const built = merge(fixture, resource === "event" ? { ...given, data: undefined } : given) as JsonObject;
  if (resource === "event" && given.data !== undefined) built.data = structuredClone(given.data);
  if (given.id === undefined) built.id = newId(resource);
  if (Object.hasOwn(fixture, "livemode")) built.livemode = livemode;
  return built;
}
