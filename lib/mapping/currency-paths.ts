import type { PickerGroup, PickerNode } from "@/lib/mapping/build-picker-tree";

const sharedPrefix = (a: string[], b: string[]) => {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count += 1;
  return count;
};

/**
 * Paths of the sources' "currency" fields, the one nearest to `near` first (an amount's own object's
 * currency before the event's), for the amount and money formatters' argument.
 */
export function currencyPaths({ groups, near }: { groups: readonly PickerGroup[]; near: string }): string[] {
  const found: string[] = [];
  const visit = (node: PickerNode) => {
    if (node.key === "currency" && node.kind === "string" && !found.includes(node.path)) found.push(node.path);
    node.children.forEach(visit);
  };
  for (const group of groups) [...group.fields, ...group.tree].forEach(visit);
  const target = near.split(".").slice(0, -1);
  const rank = (path: string) => sharedPrefix(path.split(".").slice(0, -1), target);
  // Sort is stable: equally near paths keep the picker's order (catalog fields first).
  return found.sort((a, b) => rank(b) - rank(a));
}
