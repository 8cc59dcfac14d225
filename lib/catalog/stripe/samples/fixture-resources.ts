import { readFileSync } from "node:fs";

export type JsonObject = Record<string, unknown>;

/** The `resources` of Stripe's fixtures file: one example object per resource name ("charge", ...). */
export type FixtureResources = Readonly<Record<string, JsonObject>>;

export function readFixtureResources(file: string): FixtureResources {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const resources = parsed && typeof parsed === "object" ? (parsed as JsonObject).resources : undefined;
  if (!resources || typeof resources !== "object") throw new Error(`${file} has no "resources" object.`);
  return resources as FixtureResources;
}
