// The message files: every language has exactly English's keys with the same placeholders, every
// message parses, and every English key is used by the code. Keys are written in full, as literals
// ("auth.signIn.title"), never built from pieces, so this scan finds each use. The `catalog` namespace
// is not next-intl's: it translates the catalog's own English, keyed by its entries
// (lib/catalog/catalog-text.ts), and lib/catalog/catalog-messages.test.ts checks it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, MESSAGES } from "@/lib/i18n/locales";
import en from "@/messages/en.json";

type Tree = { [key: string]: string | Tree };

/** A messages file without its `catalog` namespace. */
const withoutCatalog = (messages: Tree): Tree => Object.fromEntries(Object.entries(messages).filter(([namespace]) => namespace !== "catalog"));

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

/** The ICU arguments a message takes (rich-text tags such as <strong> are not among them): {email}, {count, plural, ...} (plural branches' text is not one). */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? ""))].sort();
}

const SOURCE_DIRECTORIES = ["app", "components", "lib", "server", "worker", "tools"];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return path === join("lib", "generated") ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Keys of `keys` that `other` lacks. */
const missingFrom = (keys: Map<string, string>, other: Map<string, string>) => [...keys.keys()].filter((key) => !other.has(key));

/** The string literals of source text that look like message keys ("auth.signIn.title"). */
const keyLiterals = (text: string) => [...text.matchAll(/["'`]([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)["'`]/g)].map((match) => match[1] ?? "");

const english = leaves(en);

describe("message files", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly English's keys, with the same placeholders", async (locale) => {
    const other = leaves(withoutCatalog((await MESSAGES[locale]()).default));
    expect(missingFrom(other, english), "keys not in en.json").toEqual([]);
    expect(missingFrom(english, other), "keys missing from this language").toEqual([]);
    const tagsOf = (message: string) => [...message.matchAll(/<(\w+)>/g)].map((match) => match[1]).sort();
    for (const [key, text] of english) {
      expect(argumentsOf(other.get(key) ?? ""), key).toEqual(argumentsOf(text));
      expect(tagsOf(other.get(key) ?? ""), key).toEqual(tagsOf(text));
    }
  });

  it.each(LOCALES)("every %s message formats", async (locale) => {
    const messages = withoutCatalog((await MESSAGES[locale]()).default);
    const t = createTranslator({
      locale,
      messages,
      onError: (error) => {
        throw error;
      },
    }) as unknown as { markup: (key: string, values: Record<string, string | number | ((chunks: string) => string)>) => string };
    for (const [key, text] of leaves(messages)) {
      const tags = [...text.matchAll(/<(\w+)>/g)].map((match) => [match[1] ?? "", (chunks: string) => chunks] as const);
      const values = Object.fromEntries([...argumentsOf(text).map((name) => [name, 2] as const), ...tags]);
      expect(t.markup(key, values), key).not.toBe("");
    }
  });

  it("uses every English key in the code, and no key that en.json lacks", () => {
    const literals = new Set<string>();
    const calls: { file: string; key: string }[] = [];
    for (const file of SOURCE_DIRECTORIES.flatMap(sourceFiles)) {
      const text = readFileSync(file, "utf8");
      for (const literal of keyLiterals(text)) literals.add(literal);
      for (const match of text.matchAll(/\bt(?:Email)?\(\s*["'`]([^"'`]+)["'`]/g)) calls.push({ file, key: match[1] ?? "" });
    }
    expect(
      [...english.keys()].filter((key) => !literals.has(key)),
      "keys in en.json that no code uses",
    ).toEqual([]);
    expect(
      calls.filter(({ key }) => !english.has(key)),
      "t() calls with keys en.json lacks",
    ).toEqual([]);
  });

  it("would fail on a missing key, an unused key or a different placeholder", () => {
    expect(missingFrom(leaves({ a: { b: "B", c: "C" } }), leaves({ a: { b: "B" } }))).toEqual(["a.c"]);
    const used = new Set(keyLiterals('t("auth.signIn.title"); const x = { a: "shell.nav.runs" }; "not a key"; "v1.2"'));
    expect([...used]).toEqual(["auth.signIn.title", "shell.nav.runs"]);
    expect(argumentsOf("{count, plural, one {# run} other {# runs}} for {email}")).toEqual(["count", "email"]);
    expect(argumentsOf("Olá {nome}")).not.toEqual(argumentsOf("Hello {name}"));
  });
});
