// Stripe's list answers: newest first, `limit` (1 to 100, default 10), cursors `starting_after` and
// `ending_before` (object ids), `{ object: "list", data, has_more, url }`.
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { badParameter, resourceMissing, type StandInAnswer } from "@/demo/stand-ins/stripe-stand-in-errors";
import type { FormObject } from "@/demo/stand-ins/stripe-stand-in-form";

export const PAGINATION_PARAMS = ["limit", "starting_after", "ending_before"] as const;

/** Most recently created first; objects created in the same second, last stored first. */
export function newestFirst(items: Iterable<JsonObject>): JsonObject[] {
  return [...items]
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(b.item.created ?? 0) - Number(a.item.created ?? 0) || b.index - a.index)
    .map(({ item }) => item);
}

export function listAnswer({ items, query, url, label }: { items: readonly JsonObject[]; query: FormObject; url: string; label: string }): StandInAnswer {
  const limitText = query.limit ?? "10";
  if (typeof limitText !== "string" || !/^\d+$/.test(limitText)) return badParameter("limit", `Invalid integer: ${String(limitText)}`);
  const limit = Number(limitText);
  if (limit < 1 || limit > 100) return badParameter("limit", `This value must be greater than or equal to 1 and less than or equal to 100 (it currently is '${limit}').`);

  const { starting_after: after, ending_before: before } = query;
  for (const [param, cursor] of [["starting_after", after], ["ending_before", before]] as const) {
    if (cursor === undefined) continue;
    if (typeof cursor !== "string" || !items.some((item) => item.id === cursor)) {
      return resourceMissing({ label, id: String(cursor), param, status: 400 });
    }
  }

  let data: JsonObject[];
  let hasMore: boolean;
  if (typeof before === "string") {
    const earlier = items.slice(0, items.findIndex((item) => item.id === before));
    data = earlier.slice(-limit);
    hasMore = earlier.length > limit;
  } else {
    const from = typeof after === "string" ? items.findIndex((item) => item.id === after) + 1 : 0;
    const rest = items.slice(from);
    data = rest.slice(0, limit);
    hasMore = rest.length > limit;
  }
  return { status: 200, body: { object: "list", data, has_more: hasMore, url } };
}
