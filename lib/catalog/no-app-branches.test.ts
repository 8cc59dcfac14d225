// What an app does lives in its declaration under lib/catalog/: code elsewhere asks the registry and
// never compares something to an app's key (`app === "stripe"`, `case "customerio":`). This scan keeps
// it so, for every key in the registry; a test may name an app, and so may lib/catalog/ itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apps } from "@/lib/catalog/registry";

const SOURCE_DIRECTORIES = ["app", "components", "lib", "server", "worker", "tools", "demo", "bench"];
const SKIPPED_DIRECTORIES = new Set([join("lib", "catalog"), join("lib", "generated")]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(path) || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.(test|spec)\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The lines of `text` that compare something to one of `keys`, numbered from 1. */
function appKeyComparisons({ text, keys }: { text: string; keys: readonly string[] }): { line: number; text: string }[] {
  const key = `["'\`](?:${keys.map(escape).join("|")})["'\`]`;
  const comparison = new RegExp(`(?:[!=]==?|\\bcase)\\s*${key}|${key}\\s*[!=]==?`);
  return text.split("\n").flatMap((line, index) => (comparison.test(line) ? [{ line: index + 1, text: line.trim() }] : []));
}

describe("app keys outside lib/catalog/", () => {
  const keys = apps.map((app) => app.key);

  it("the scan finds a comparison with an app's key, whichever side or quote it is on", () => {
    const found = (text: string) => appKeyComparisons({ text, keys: ["stripe", "customerio"] }).length;
    expect(found(`if (step.app !== "customerio") return step;`)).toBe(1);
    expect(found(`const isStripe = 'stripe' === connection.app;`)).toBe(1);
    expect(found("  case `stripe`:")).toBe(1);
    expect(found(`if (app == "stripe") {}`)).toBe(1);
    expect(found(`findApp({ appKey: step.app }); const name = "Stripe webhook"; // app === key`)).toBe(0);
    expect(found(`if (app.key === "stripe_like") {}`)).toBe(0);
  });

  it("no source file outside lib/catalog/ (tests aside) compares anything to an app's key", () => {
    const comparisons = SOURCE_DIRECTORIES.flatMap(sourceFiles).flatMap((file) =>
      appKeyComparisons({ text: readFileSync(file, "utf8"), keys }).map(({ line, text }) => `${file}:${line}: ${text}`),
    );
    expect(comparisons, "ask the app's declaration (lib/catalog/<app>/) instead of branching on its key").toEqual([]);
  });
});
