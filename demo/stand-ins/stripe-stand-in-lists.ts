// Stripe's list answers: newest first, `limit` (1 to 100, default 10), cursors `starting_after` and
// `ending_before` (object ids), `{ object: "list", data, has_more, url }`. With `ending_before`,
// the page is the `limit` items just newer than the cursor, still newest first. A cursor is a place
// in the whole collection: it need not pass the list's filters (a list of events by type can page
// from an event of another type), but it must exist.
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { badParameter, resourceMissing, unknownParameter, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";
import type { FormObject, FormValue } from "@/demo/stand-ins/stripe-stand-in-form";

export const PAGINATION_PARAMS = ["limit", "starting_after", "ending_before"] as const;

/** Most recently created first; objects created in the same second, last stored first. */
export function newestFirst(items: Iterable<JsonObject>): JsonObject[] {
  return [...items]
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(b.item.created ?? 0) - Number(a.item.created ?? 0) || b.index - a.index)
    .map(({ item }) => item);
}

/** `created=<unix>` or `created[gt|gte|lt|lte]=<unix>`, as a predicate, or Stripe's 400 for a malformed one. */
export function createdFilter(value: FormValue | undefined): { ok: true; matches: (item: JsonObject) => boolean } | { ok: false; answer: StandInAnswer } {
  if (value === undefined) return { ok: true, matches: () => true };
  const bounds = typeof value === "string" ? { eq: value } : Array.isArray(value) ? undefined : value;
  if (!bounds) return { ok: false, answer: badParameter("created", "Invalid timestamp: must be an integer Unix timestamp or a hash with gt, gte, lt or lte.") };
  const checks: ((created: number) => boolean)[] = [];
  for (const [operator, given] of Object.entries(bounds)) {
    const param = operator === "eq" ? "created" : `created[${operator}]`;
    if (!["eq", "gt", "gte", "lt", "lte"].includes(operator)) return { ok: false, answer: unknownParameter(param) };
    if (typeof given !== "string" || !/^-?\d+$/.test(given)) return { ok: false, answer: badParameter(param, `Invalid integer: ${String(given)}`) };
    const bound = Number(given);
    checks.push(
      {
        eq: (created: number) => created === bound,
        gt: (created: number) => created > bound,
        gte: (created: number) => created >= bound,
        lt: (created: number) => created < bound,
        lte: (created: number) => created <= bound,
      }[operator as "eq" | "gt" | "gte" | "lt" | "lte"],
    );
  }
  return { ok: true, matches: (item) => checks.every((check) => check(Number(item.created ?? 0))) };
}

export function listAnswer({
  items,
  query,
  url,
  label,
  collection = items,
}: {
  items: readonly JsonObject[];
  query: FormObject;
  url: string;
  label: string;
  /** The whole collection, newest first, where cursors are looked up (default: `items`). */
  collection?: readonly JsonObject[];
}): StandInAnswer {
  const limitText = query.limit ?? "10";
  if (typeof limitText !== "string" || !/^\d+$/.test(limitText)) return badParameter("limit", `Invalid integer: ${String(limitText)}`);
  const limit = Number(limitText);
  if (limit < 1 || limit > 100)
    return badParameter("limit", `This value must be greater than or equal to 1 and less than or equal to 100 (it currently is '${limit}').`);

  const { starting_after: after, ending_before: before } = query;
  for (const [param, cursor] of [
    ["starting_after", after],
    ["ending_before", before],
  ] as const) {
    if (cursor === undefined) continue;
    if (typeof cursor !== "string" || !collection.some((item) => item.id === cursor)) {
      return resourceMissing({ label, id: String(cursor), param, status: 400 });
    }
  }

  const place = new Map(collection.map((item, index) => [item.id, index]));
  const placeOf = (item: JsonObject) => place.get(item.id) ?? -1;
  let data: JsonObject[];
  let hasMore: boolean;
  if (typeof before === "string") {
    const cursor = place.get(before) ?? 0;
    const newer = items.filter((item) => placeOf(item) < cursor);
    data = newer.slice(-limit);
    hasMore = newer.length > limit;
  } else {
    const cursor = typeof after === "string" ? (place.get(after) ?? -1) : -1;
    const rest = items.filter((item) => placeOf(item) > cursor);
    data = rest.slice(0, limit);
    hasMore = rest.length > limit;
  }
  return { status: 200, body: { object: "list", data, has_more: hasMore, url } };
}
