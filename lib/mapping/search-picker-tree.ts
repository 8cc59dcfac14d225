import type { PickerGroup, PickerNode } from "@/lib/mapping/build-picker-tree";

export interface PickerMatch {
  /** The heading of the source the field comes from. */
  group: string;
  node: PickerNode;
}

/**
 * Fields whose label, path, sample value or help contain every word of the query (any case), the
 * catalog's labelled fields first, each path once, at most `limit` of them.
 */
export function searchPickerTree({ groups, query, limit = 50 }: { groups: readonly PickerGroup[]; query: string; limit?: number }): PickerMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches: PickerMatch[] = [];
  const seen = new Set<string>();
  const visit = (group: string, node: PickerNode): void => {
    if (matches.length >= limit) return;
    if (!seen.has(node.path)) {
      seen.add(node.path);
      const haystack = `${node.label} ${node.path} ${node.sample} ${node.help ?? ""}`.toLowerCase();
      if (words.every((word) => haystack.includes(word))) matches.push({ group, node });
    }
    for (const child of node.children) visit(group, child);
  };
  for (const group of groups) for (const node of group.fields) visit(group.label, node);
  for (const group of groups) for (const node of group.tree) visit(group.label, node);
  return matches;
}
