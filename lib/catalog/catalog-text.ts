// Catalog text in the viewer's language. The catalog's declarations are the single source of what
// exists and of its English; other languages translate it in their messages file, under `catalog`,
// keyed by the entry: catalog.stripe.triggers.subscription_canceled.name,
// catalog.customerio.actions.identify_person.inputs.email.label, catalog.templates.<key>.name (see
// localize-app.ts and localize-template.ts for every key). en.json has no `catalog` namespace: its
// text would only repeat the declarations. These are plain text, not ICU messages (a help text may
// show "{{trigger.customer}}"), so they are read here and never handed to next-intl (load-messages.ts).
import { MESSAGES, type Locale } from "@/lib/i18n/locales";

/** A catalog string by its key's parts (["stripe", "triggers", "new_customer", "name"]), else its English. */
export type CatalogText = (key: readonly string[], english: string) => string;

/** Examples are mostly data (cus_…, emails): a language translates those that are words, and may skip the rest. */
export const isOptionalCatalogKey = (key: readonly string[]) => key.at(-1) === "example";

export type CatalogMessages = { [part: string]: string | CatalogMessages };

/** Finds each key in `messages`; a key it lacks keeps its English (catalog-messages.test.ts lets none lack). */
export function catalogTextFrom(messages: CatalogMessages | undefined): CatalogText {
  return (key, english) => {
    let node: string | CatalogMessages | undefined = messages;
    for (const part of key) node = typeof node === "object" && Object.hasOwn(node, part) ? node[part] : undefined;
    return typeof node === "string" ? node : english;
  };
}

/** A language's `catalog` messages, or undefined when it has none (English). */
export async function catalogMessages({ locale }: { locale: Locale }): Promise<CatalogMessages | undefined> {
  const file: Record<string, unknown> = (await MESSAGES[locale]()).default;
  return file.catalog as CatalogMessages | undefined;
}

export async function catalogText({ locale }: { locale: Locale }): Promise<CatalogText> {
  return catalogTextFrom(await catalogMessages({ locale }));
}
