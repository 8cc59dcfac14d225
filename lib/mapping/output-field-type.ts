import type { OutputField } from "@/lib/catalog/define";
import type { PickerSource } from "@/lib/mapping/picker-source";

/** The catalog's type of a picked path ("amount", "timestamp"…), when a source declares that field. */
export function outputFieldType({ path, sources }: { path: string; sources: readonly PickerSource[] }): OutputField["type"] | undefined {
  for (const source of sources) {
    if (!path.startsWith(`${source.root}.`)) continue;
    const relative = path.slice(source.root.length + 1);
    const field = source.fields?.find((candidate) => candidate.path === relative);
    if (field) return field.type;
  }
  return undefined;
}
