import type { TemplatePart } from "@/lib/mapping/parse-template";
import { tokenSource } from "@/lib/mapping/token-source";

/**
 * Inserts a field token for `path` into the text segment at `index`, at character `offset` (clamped
 * to the text), splitting that text around it. Segments keep alternating text, token, text.
 */
export function insertToken({
  segments,
  index,
  offset,
  path,
}: {
  segments: readonly TemplatePart[];
  index: number;
  offset: number;
  path: string;
}): TemplatePart[] {
  const target = segments[index];
  if (target?.type !== "text") throw new Error(`Segment ${index} is not text: insert fields into text only.`);
  const at = Math.max(0, Math.min(offset, target.text.length));
  const token: TemplatePart = { type: "token", path, formatters: [], source: tokenSource({ path, formatters: [] }) };
  return [
    ...segments.slice(0, index),
    { type: "text", text: target.text.slice(0, at) },
    token,
    { type: "text", text: target.text.slice(at) },
    ...segments.slice(index + 1),
  ];
}
