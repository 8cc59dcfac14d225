import type { OutputField } from "@/lib/catalog/define";

/** An object shaped by the fields' dot paths, holding their examples: {"a.b": 1} → { a: { b: 1 } }. */
export function sampleFromOutputFields({ fields }: { fields: readonly OutputField[] }): Record<string, unknown> {
  const sample: Record<string, unknown> = {};
  for (const field of fields) {
    const parts = field.path.split(".");
    let node = sample;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== "object" || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    if (last && !(last in node)) node[last] = field.example ?? null;
  }
  return sample;
}
