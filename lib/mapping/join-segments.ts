import type { TemplatePart } from "@/lib/mapping/parse-template";

/** The template string segments stand for: the inverse of templateSegments. */
export function joinSegments({ segments }: { segments: readonly TemplatePart[] }): string {
  return segments.map((segment) => (segment.type === "text" ? segment.text : `{{${segment.source}}}`)).join("");
}
