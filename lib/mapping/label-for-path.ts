import type { PickerSource } from "@/lib/mapping/picker-source";

/** The catalog's human label for a template path ("trigger.customer_details.email" → "Customer email"), if it has one. */
export function labelForPath({ path, sources }: { path: string; sources: readonly PickerSource[] }): string | undefined {
  for (const source of sources) {
    if (!path.startsWith(`${source.root}.`)) continue;
    const relative = path.slice(source.root.length + 1);
    const field = source.fields?.find((candidate) => candidate.path === relative);
    if (field) return field.label;
  }
  return undefined;
}
