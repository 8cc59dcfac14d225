// Every language but English translates every catalog string (localize-app.ts, localize-template.ts
// name the keys), and has no key the catalog lacks: a renamed field or a removed trigger leaves none behind.
import { describe, expect, it } from "vitest";
import { catalogMessages, isOptionalCatalogKey, type CatalogMessages } from "@/lib/catalog/catalog-text";
import { localizeApp } from "@/lib/catalog/localize-app";
import { apps } from "@/lib/catalog/registry";
import { LOCALES } from "@/lib/i18n/locales";
import { localizeTemplate } from "@/lib/zaps/templates/localize-template";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

/** Every catalog string, by its key ("stripe.triggers.new_customer.name"; an output path keeps its dots), with its English. */
function catalogStrings(): Map<string, { key: readonly string[]; english: string }> {
  const found = new Map<string, { key: readonly string[]; english: string }>();
  const record = (key: readonly string[], english: string) => {
    found.set(JSON.stringify(key), { key, english });
    return english;
  };
  for (const app of apps) localizeApp({ app, text: record });
  for (const template of zapTemplates) localizeTemplate({ template, text: record });
  return found;
}

function leaves(tree: CatalogMessages, prefix: readonly string[] = []): Map<string, string | CatalogMessages> {
  const found = new Map<string, string | CatalogMessages>();
  for (const [part, value] of Object.entries(tree)) {
    const key = [...prefix, part];
    if (typeof value === "object") for (const [leaf, text] of leaves(value, key)) found.set(leaf, text);
    else found.set(JSON.stringify(key), value);
  }
  return found;
}

const urlsOf = (text: string) => [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((match) => match[0]).sort();
const dotted = (key: string) => (JSON.parse(key) as string[]).join(".");

describe("catalog translations", () => {
  const strings = catalogStrings();

  it("finds the catalog's strings", () => {
    expect(strings.get(JSON.stringify(["stripe", "triggers", "subscription_canceled", "name"]))?.english).toBe("Subscription canceled");
    expect(strings.get(JSON.stringify(["stripe", "triggers", "checkout_session_completed", "outputFields", "customer_details.email", "label"]))?.english).toBe(
      "Customer email",
    );
    expect(strings.get(JSON.stringify(["templates", "payment-totals", "name"]))).toBeDefined();
  });

  it("English is the catalog's own: en.json has no catalog namespace", async () => {
    expect(await catalogMessages({ locale: "en" })).toBeUndefined();
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s translates every catalog string and nothing else", async (locale) => {
    const translated = leaves((await catalogMessages({ locale })) ?? {});
    const untranslated = [...strings]
      .filter(([key, { key: parts }]) => !isOptionalCatalogKey(parts) && typeof translated.get(key) !== "string")
      .map(([key, { english }]) => `${dotted(key)}: ${english}`);
    expect(untranslated, `add these to messages/${locale}.json under "catalog"`).toEqual([]);
    expect([...translated.keys()].filter((key) => !strings.has(key)).map(dotted), "keys no catalog string has").toEqual([]);
    for (const [key, text] of translated) {
      expect(typeof text === "string" && text.trim() !== "", dotted(key)).toBe(true);
      // Links in help and intros (the vendor's settings pages) are the same in every language.
      expect(urlsOf(String(text)), dotted(key)).toEqual(urlsOf(strings.get(key)?.english ?? ""));
    }
  });
});
