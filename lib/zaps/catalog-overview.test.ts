import { describe, expect, it } from "vitest";
import { apps } from "@/lib/catalog/registry";
import { catalogOverview } from "@/lib/zaps/catalog-overview";
import { starterDefinition } from "@/lib/zaps/starter-definition";

describe("catalogOverview", () => {
  it("lists every trigger, lookup and action of the catalog once", () => {
    const listed = catalogOverview().flatMap((app) => app.groups.flatMap((group) => group.entries.map((entry) => `${app.key}.${group.kind}.${entry.key}`)));
    const catalog = apps.flatMap((app) => [
      ...app.triggers.map((entry) => `${app.key}.trigger.${entry.key}`),
      ...app.lookups.map((entry) => `${app.key}.lookup.${entry.key}`),
      ...app.actions.map((entry) => `${app.key}.action.${entry.key}`),
    ]);
    expect(listed.sort()).toEqual(catalog.sort());
    expect(listed.length).toBe(24);
  });

  it("links each entry to a wizard start that opens with it chosen", () => {
    for (const app of catalogOverview()) {
      for (const group of app.groups) {
        for (const entry of group.entries) {
          const query = Object.fromEntries(new URL(entry.tryHref, "http://conduit.test").searchParams);
          const started = starterDefinition(query);
          if ("error" in started) throw new Error(`${entry.tryHref}: ${started.error}`);
          const chosen = group.kind === "trigger" ? started.definition.trigger : started.definition.steps[0];
          expect(chosen).toMatchObject({ app: app.key, key: entry.key });
        }
      }
    }
  });
});
