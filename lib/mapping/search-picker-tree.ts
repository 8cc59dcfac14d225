import type { PickerGroup, PickerNode } from "@/lib/mapping/build-picker-tree";

export interface PickerMatch {
  /** The heading of the source the field comes from. */
  group: string;
  node: PickerNode;
}

/**
 * Fields whose label, path, sample value or help contain every word of the query (any case), each
 * path once, at most `limit` of them. Best first: the label is the query, then the label holds the
 * query as typed, then the label holds every word; within each, the catalog's labelled fields first.
 */
export function searchPickerTree({ groups, query, limit = 50 }: { groups: readonly PickerGroup[]; query: string; limit?: number }): PickerMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches: PickerMatch[] = [];
  const seen = new Set<string>();
  const visit = (group: string, node: PickerNode): void => {
    if (!seen.has(node.path)) {
      seen.add(node.path);
      const haystack = `${node.label} ${node.path} ${typeof node.sample === "object" ? "" : node.sample} ${node.help ?? ""}`.toLowerCase();
      if (words.every((word) => haystack.includes(word))) matches.push({ group, node });
    }
    for (const child of node.children) visit(group, child);
  };
  for (const group of groups) for (const node of group.fields) visit(group.label, node);
  for (const group of groups) for (const node of group.tree) visit(group.label, node);
  const phrase = words.join(" ");
  const rank = ({ node }: PickerMatch) => {
    const label = node.label.toLowerCase();
    if (label === phrase) return 0;
    if (label.includes(phrase)) return 1;
    return words.every((word) => label.includes(word)) ? 2 : 3;
  };
  // Array.prototype.sort is stable, so equal ranks keep the catalog-first order.
  return matches.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
