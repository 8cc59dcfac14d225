// A template as the token editor shows it: text, token, text, …, text (always starting and ending
// with text, which may be empty). Unlike parseTemplate it never throws: a {{ … }} that is not a
// valid token stays text, so the editor shows exactly what the user typed and nothing is lost.
// Joining the segments back (join-segments.ts) gives the template unchanged.
import { parseTemplate, type TemplatePart } from "@/lib/mapping/parse-template";

export type TextSegment = Extract<TemplatePart, { type: "text" }>;
export type TokenSegment = Extract<TemplatePart, { type: "token" }>;

function tokenAt(inner: string): TokenSegment | undefined {
  try {
    const [part, ...rest] = parseTemplate(`{{${inner}}}`);
    return part?.type === "token" && rest.length === 0 ? part : undefined;
  } catch {
    return undefined;
  }
}

export function templateSegments({ template }: { template: string }): TemplatePart[] {
  const segments: TemplatePart[] = [];
  let textStart = 0;
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{{", index);
    if (open === -1) break;
    const close = template.indexOf("}}", open + 2);
    if (close === -1) break;
    // The first opening is what the renderer reads; failing that, in "{{ typed {{trigger.id}}" the
    // last opening before the close may still make a token. Two tries per close keep this linear.
    let start = open;
    let token = tokenAt(template.slice(open + 2, close));
    if (!token) {
      start = template.lastIndexOf("{{", close - 2);
      if (start > open) token = tokenAt(template.slice(start + 2, close));
    }
    if (token) {
      segments.push({ type: "text", text: template.slice(textStart, start) }, token);
      textStart = close + 2;
    }
    index = close + 2;
  }
  segments.push({ type: "text", text: template.slice(textStart) });
  return segments;
}
