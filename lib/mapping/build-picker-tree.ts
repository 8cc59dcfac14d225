// What the data picker lists for each source: the catalog's labelled fields first, then every field
// of the sample as a tree (objects expand; a list shows its first item, index 0, as Stripe's
// "items.data.0.price.id"). Bounded in depth and width, so a huge sample cannot freeze the page.
import type { OutputField } from "@/lib/catalog/define";
import { describeSample } from "@/lib/mapping/describe-sample";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { resolvePath } from "@/lib/mapping/resolve-path";
import { sampleContext } from "@/lib/mapping/sample-context";

export interface PickerNode {
  /** The full template path: "trigger.customer_details.email". */
  path: string;
  /** The last segment of the path: "email", or "0" for a list's first item. */
  key: string;
  /** The catalog's label, or the key. */
  label: string;
  help?: string;
  kind: "string" | "number" | "boolean" | "null" | "object" | "array" | "missing";
  /** The sample value in a few characters. */
  sample: string;
  children: PickerNode[];
}

export interface PickerGroup {
  root: string;
  label: string;
  /** The catalog's output fields, with human labels. */
  fields: PickerNode[];
  /** Everything in the sample. */
  tree: PickerNode[];
}

export const PICKER_LIMITS = { maxDepth: 8, maxKeys: 200 } as const;

function kindOf(value: unknown): PickerNode["kind"] {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" || type === "object" ? type : "string";
}

function buildNode({ path, key, value, depth, labels }: { path: string; key: string; value: unknown; depth: number; labels: Map<string, OutputField> }): PickerNode {
  const field = labels.get(path);
  const entries: [string, unknown][] =
    depth >= PICKER_LIMITS.maxDepth || value === null || typeof value !== "object"
      ? []
      : Array.isArray(value)
        ? value.slice(0, 1).map((item) => ["0", item])
        : Object.entries(value).slice(0, PICKER_LIMITS.maxKeys);
  return {
    path,
    key,
    label: field?.label ?? key,
    ...(field?.help ? { help: field.help } : {}),
    kind: kindOf(value),
    sample: describeSample({ value }),
    children: entries.map(([childKey, child]) => buildNode({ path: `${path}.${childKey}`, key: childKey, value: child, depth: depth + 1, labels })),
  };
}

export function buildPickerTree({ sources }: { sources: readonly PickerSource[] }): PickerGroup[] {
  const context = sampleContext({ sources });
  return sources.map((source) => {
    const labels = new Map((source.fields ?? []).map((field) => [`${source.root}.${field.path}`, field]));
    const fields = (source.fields ?? []).map((field) => {
      const path = `${source.root}.${field.path}`;
      return buildNode({ path, key: field.path.split(".").pop() ?? field.path, value: resolvePath({ path, context }), depth: 1, labels });
    });
    const data: unknown = source.data;
    const top: [string, unknown][] =
      data !== null && typeof data === "object" && !Array.isArray(data) ? Object.entries(data).slice(0, PICKER_LIMITS.maxKeys) : [];
    const tree = top.map(([key, value]) => buildNode({ path: `${source.root}.${key}`, key, value, depth: 1, labels }));
    const event: unknown = source.root === "trigger" ? source.event : undefined;
    if (event !== null && typeof event === "object" && !Array.isArray(event)) {
      // The envelope, without data.object (the tree above already lists it).
      const { data: eventData, ...envelope } = event as Record<string, unknown>;
      const dataRest: Record<string, unknown> = eventData !== null && typeof eventData === "object" ? { ...eventData } : {};
      delete dataRest.object;
      if (Object.keys(dataRest).length > 0) envelope.data = dataRest;
      tree.push({ ...buildNode({ path: "trigger.$event", key: "$event", value: envelope, depth: 1, labels }), label: "Event details (id, type, created…)" });
    }
    return { root: source.root, label: source.label, fields, tree };
  });
}
