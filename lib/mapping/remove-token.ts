import type { TemplatePart } from "@/lib/mapping/parse-template";

/** Removes the token at `index` and joins the texts on either side, so no typed text is lost. */
export function removeToken({ segments, index }: { segments: readonly TemplatePart[]; index: number }): TemplatePart[] {
  const before = segments[index - 1];
  const after = segments[index + 1];
  if (segments[index]?.type !== "token" || before?.type !== "text" || after?.type !== "text") {
    throw new Error(`Segment ${index} is not a token between two texts.`);
  }
  return [...segments.slice(0, index - 1), { type: "text", text: before.text + after.text }, ...segments.slice(index + 2)];
}
