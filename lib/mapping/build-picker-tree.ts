// What the data picker lists for each source: the catalog's labelled fields first, then every field
// of the sample as a tree (objects expand; a list shows its first item, index 0, as Stripe's
// "items.data.0.price.id"). Bounded in depth, width and node count, and built without recursion, so
// a huge or deeply nested sample can neither freeze the page nor overflow the stack.
import type { UserMessageValue } from "@/lib/i18n/user-message";
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
  /** The value in a few characters, or words for it (describe-sample.ts). */
  sample: UserMessageValue;
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

/** Per source: levels below the root, keys per object, nodes in all (listed breadth first, so the shallow fields come first). */
export const PICKER_LIMITS = { maxDepth: 8, maxKeys: 200, maxNodes: 5_000 } as const;

// resolve-path.ts never reads these keys, so the picker does not offer them.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function kindOf(value: unknown): PickerNode["kind"] {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" || type === "object" ? type : "string";
}

function childEntries(value: unknown): [string, unknown][] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.slice(0, 1).map((item) => ["0", item]);
  return Object.entries(value)
    .filter(([key]) => !FORBIDDEN.has(key))
    .slice(0, PICKER_LIMITS.maxKeys);
}

interface Root {
  path: string;
  key: string;
  value: unknown;
}

/** The nodes for `roots` (at depth 1) and their children, built level by level without recursion. */
function buildNodes({ roots, labels, budget }: { roots: Root[]; labels: Map<string, OutputField>; budget: { left: number } }): PickerNode[] {
  const queue: { node: PickerNode; value: unknown; depth: number }[] = [];
  const create = ({ path, key, value }: Root, depth: number): PickerNode | undefined => {
    if (budget.left <= 0) return undefined;
    budget.left -= 1;
    const field = labels.get(path);
    const node: PickerNode = {
      path,
      key,
      label: field?.label ?? key,
      ...(field?.help ? { help: field.help } : {}),
      kind: kindOf(value),
      sample: describeSample({ value }),
      children: [],
    };
    queue.push({ node, value, depth });
    return node;
  };
  const top = roots.flatMap((root) => create(root, 1) ?? []);
  for (let index = 0; index < queue.length; index += 1) {
    const { node, value, depth } = queue[index] as (typeof queue)[number];
    if (depth >= PICKER_LIMITS.maxDepth) continue;
    for (const [key, child] of childEntries(value)) {
      const created = create({ path: `${node.path}.${key}`, key, value: child }, depth + 1);
      if (!created) break;
      node.children.push(created);
    }
  }
  return top;
}

export function buildPickerTree({
  sources,
  eventLabel = "Event details (id, type, created…)",
}: {
  sources: readonly PickerSource[];
  /** The label of the event's envelope (trigger.$event), in the viewer's language. */
  eventLabel?: string;
}): PickerGroup[] {
  const context = sampleContext({ sources });
  return sources.map((source) => {
    const labels = new Map((source.fields ?? []).map((field) => [`${source.root}.${field.path}`, field]));
    const budget = { left: PICKER_LIMITS.maxNodes };
    const fieldRoots = (source.fields ?? []).map((field): Root => {
      const path = `${source.root}.${field.path}`;
      return { path, key: field.path.split(".").pop() ?? field.path, value: resolvePath({ path, context }) };
    });
    const fields = buildNodes({ roots: fieldRoots, labels, budget });
    const data: unknown = source.data;
    const roots: Root[] = (data !== null && typeof data === "object" && !Array.isArray(data) ? childEntries(data) : []).map(([key, value]) => ({
      path: `${source.root}.${key}`,
      key,
      value,
    }));
    const event: unknown = source.root === "trigger" ? source.event : undefined;
    if (event !== null && typeof event === "object" && !Array.isArray(event)) {
      // The envelope, without data.object (the tree above already lists it).
      const { data: eventData, ...envelope } = event as Record<string, unknown>;
      const dataRest: Record<string, unknown> = eventData !== null && typeof eventData === "object" ? { ...eventData } : {};
      delete dataRest.object;
      if (Object.keys(dataRest).length > 0) envelope.data = dataRest;
      roots.push({ path: "trigger.$event", key: "$event", value: envelope });
    }
    const tree = buildNodes({ roots, labels, budget }).map((node) => (node.path === "trigger.$event" ? { ...node, label: eventLabel } : node));
    return { root: source.root, label: source.label, fields, tree };
  });
}
