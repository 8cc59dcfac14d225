// Every Stripe trigger says who its event is about, and the mapping reaches a person with the
// trigger's real sample (and its lookups' samples): a starter never maps a field that is not there.
import { describe, expect, it } from "vitest";
import { findCatalogEntry } from "@/lib/catalog/find-catalog-entry";
import { stripeApp } from "@/lib/catalog/stripe/app";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { sampleFromOutputFields } from "@/lib/zaps/sample-from-output-fields";
import { triggerPerson } from "@/lib/catalog/stripe/trigger-person";

describe("triggerPerson", () => {
  it.each(stripeApp.triggers.map((trigger) => [trigger.key, trigger] as const))("%s identifies the person in its sample", (key, trigger) => {
    const person = triggerPerson({ triggerKey: key });
    if (!person) throw new Error(`${key} has no person mapping`);
    const context: MappingContext = { trigger: trigger.sample, steps: {} };
    for (const lookup of person.lookups) {
      const entry = findCatalogEntry({ appKey: lookup.app, key: lookup.key });
      if (entry?.kind !== "lookup") throw new Error(`${key}: ${lookup.key} is not a lookup`);
      context.steps[lookup.id] = sampleFromOutputFields({ fields: entry.definition.outputFields });
    }
    const personId = renderTemplate({ template: person.personId, context });
    expect(personId.value, key).toEqual(expect.stringMatching(/^(cus_|.+@)/));
    if (person.email) expect(renderTemplate({ template: person.email, context }).value, key).toEqual(expect.stringContaining("@"));
  });

  it("gives a fresh copy of the lookups, and nothing for an unknown trigger", () => {
    const first = triggerPerson({ triggerKey: "new_dispute" });
    first?.lookups.pop();
    expect(triggerPerson({ triggerKey: "new_dispute" })?.lookups).toHaveLength(1);
    expect(triggerPerson({ triggerKey: "made_up" })).toBeUndefined();
    expect(triggerPerson({ triggerKey: "constructor" })).toBeUndefined();
  });
});
