import { describe, expect, it } from "vitest";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { apps } from "@/lib/catalog/registry";

const entries = apps.flatMap((app) => [
  ...app.triggers.map((entry) => ({ app: app.key, kind: "trigger", entry })),
  ...app.lookups.map((entry) => ({ app: app.key, kind: "lookup", entry })),
  ...app.actions.map((entry) => ({ app: app.key, kind: "action", entry })),
]);

describe("catalog registry", () => {
  it("lists the Stripe and Customer.io apps", () => {
    expect(apps.map((app) => app.key)).toEqual(["stripe", "customerio"]);
  });

  it("uses persisted snake_case keys, unique within each app", () => {
    for (const app of apps) {
      const keys = [...app.triggers, ...app.lookups, ...app.actions].map((entry) => entry.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it.each(entries.map(({ app, kind, entry }) => [`${app}/${entry.key}`, app, kind, entry] as const))(
    "%s has a name, a description a person can read, and labelled fields",
    (_label, app, kind, entry) => {
      expect(entry.name.length).toBeGreaterThan(2);
      expect(entry.description).toMatch(/^[A-Z].{15,}\.$/);
      const fields = "inputs" in entry ? entry.inputs : entry.options;
      for (const field of Object.values(fields)) expect(field.label.length).toBeGreaterThan(1);
      expect(findCatalogEntry({ appKey: app, key: entry.key })).toMatchObject({ kind, definition: entry });
    },
  );

  it("finds nothing for unknown keys", () => {
    expect(findCatalogEntry({ appKey: "stripe", key: "no_such_trigger" })).toBeUndefined();
    expect(findCatalogEntry({ appKey: "zapier", key: "anything" })).toBeUndefined();
  });
});
