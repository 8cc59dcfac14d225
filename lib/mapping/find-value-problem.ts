// JSON.stringify and PostgreSQL's jsonb both recurse, so a value nested a few thousand levels deep
// (20 KB of "[[[[…") overflows the stack, and jsonb refuses the NUL character and lone surrogates.
// This walks a value with its own stack, so no input can overflow it, and says where the first
// such problem is. Stripe objects nest about ten levels; VALUE_LIMITS.maxDepth leaves room to spare.

export const VALUE_LIMITS = { maxDepth: 100 } as const;

export interface ValueProblem {
  kind: "depth" | "text";
  /** Where it is, as a template path: "data.object.metadata.note" (the root is ""), cut at 120 characters. */
  path: string;
}

// The NUL character, or a UTF-16 surrogate without its partner.
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_TEXT_ALL = new RegExp(UNSTORABLE_TEXT.source, "g");

interface Entry {
  value: unknown;
  depth: number;
  key: string;
  parent: Entry | undefined;
}

function pathOf(entry: Entry): string {
  const keys: string[] = [];
  for (let at: Entry | undefined = entry; at?.parent; at = at.parent) keys.push(at.key);
  const path = keys.reverse().join(".");
  const shown = path.length > 120 ? `${path.slice(0, 119)}…` : path;
  // The path itself must be safe to show and store (cutting may split a pair): "\uFFFD" stands for what cannot be.
  return shown.replace(UNSTORABLE_TEXT_ALL, "\uFFFD");
}

/** The first part of `value` nested deeper than maxDepth containers or (with `text`) holding text jsonb refuses. */
export function findValueProblem({
  value,
  maxDepth = VALUE_LIMITS.maxDepth,
  text = true,
}: {
  value: unknown;
  maxDepth?: number;
  /** Also look for the NUL character and lone surrogates in strings and keys. */
  text?: boolean;
}): ValueProblem | undefined {
  const stack: Entry[] = [{ value, depth: 0, key: "", parent: undefined }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const current = entry.value;
    if (typeof current === "string") {
      if (text && UNSTORABLE_TEXT.test(current)) return { kind: "text", path: pathOf(entry) };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    const depth = entry.depth + 1;
    if (depth > maxDepth) return { kind: "depth", path: pathOf(entry) };
    for (const [key, child] of Object.entries(current)) {
      const childEntry = { value: child, depth, key, parent: entry };
      if (text && UNSTORABLE_TEXT.test(key)) return { kind: "text", path: pathOf(childEntry) };
      stack.push(childEntry);
    }
  }
  return undefined;
}
