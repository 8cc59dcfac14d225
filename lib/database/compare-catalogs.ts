import type { Catalog } from "@/lib/database/read-catalog";

export type CompareCatalogsOptions = {
  actual: Catalog;
  expected: Catalog;
  /** How the two sides are named in the messages, e.g. "migrations" and "schema.prisma". */
  actualLabel?: string;
  expectedLabel?: string;
};

/** One readable line per difference between two catalogs; empty when they agree. */
export function compareCatalogs({ actual, expected, actualLabel = "actual", expectedLabel = "expected" }: CompareCatalogsOptions): string[] {
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort((a, b) => a.localeCompare(b));
  return keys
    .filter((key) => actual[key] !== expected[key])
    .map((key) => `${key} — ${actualLabel}: ${actual[key] ?? "(none)"}; ${expectedLabel}: ${expected[key] ?? "(none)"}`);
}
