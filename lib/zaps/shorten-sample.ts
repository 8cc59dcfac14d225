/** What the builder page ships of a zap's sample event at most (it is sent once, with the page). */
export const SAMPLE_PAGE_BUDGET_BYTES = 128 * 1024;

// Ever shorter cuts, tried in turn until the event fits: the first keeps almost every real event whole.
const CUTS = [
  { text: 2_000, items: 25, keys: 200 },
  { text: 300, items: 10, keys: 100 },
  { text: 80, items: 3, keys: 50 },
] as const;

type Cut = (typeof CUTS)[number];

function cut(value: unknown, limits: Cut): unknown {
  if (typeof value === "string") return value.length > limits.text ? `${value.slice(0, limits.text)}…` : value;
  if (Array.isArray(value)) return value.slice(0, limits.items).map((item) => cut(item, limits));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, limits.keys)
        .map(([key, item]) => [key, cut(item, limits)]),
    );
  }
  return value;
}

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "");

/**
 * A sample event small enough for the builder page: as it is when it fits `maxBytes`, else with long
 * texts, lists and objects cut (the field paths the picker shows stay), or null when even that is too
 * big (the builder then maps from the catalog's sample). The whole event stays stored: runs and
 * "Show the whole event" read it from the database.
 */
export function shortenSample({ value, maxBytes = SAMPLE_PAGE_BUDGET_BYTES }: { value: unknown; maxBytes?: number }): { value: unknown; shortened: boolean } {
  if (size(value) <= maxBytes) return { value, shortened: false };
  for (const limits of CUTS) {
    const shorter = cut(value, limits);
    if (size(shorter) <= maxBytes) return { value: shorter, shortened: true };
  }
  return { value: null, shortened: true };
}
