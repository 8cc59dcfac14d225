import { FORMATTERS } from "@/lib/mapping/formatters";
import { parseTemplate, TemplateError, type TemplatePart } from "@/lib/mapping/parse-template";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";
import { valueAsText } from "@/lib/mapping/value-as-text";

export interface RenderedValue {
  /** A template that is exactly one field keeps that field's type (number, boolean, object); others are text. */
  value: unknown;
  /** Paths that led nowhere: the value still renders (empty there) and the preview warns. */
  missing: string[];
}

export const MAX_RENDERED_LENGTH = 100_000;

function renderToken(part: Extract<TemplatePart, { type: "token" }>, context: MappingContext, missing: string[]): unknown {
  let value = resolvePath({ path: part.path, context });
  if (value === undefined) missing.push(part.path);
  for (const call of part.formatters) {
    const formatter = FORMATTERS[call.name];
    if (!formatter || !Object.hasOwn(FORMATTERS, call.name)) throw new TemplateError(`There is no formatter called "${call.name}".`);
    const arg = call.arg === undefined ? undefined : "literal" in call.arg ? call.arg.literal : resolvePath({ path: call.arg.path, context });
    value = formatter.format(value, arg);
  }
  return value;
}

/** Renders a template against a run's data. Throws TemplateError for a malformed template. */
export function renderTemplate({ template, context }: { template: string; context: MappingContext }): RenderedValue {
  const parts = parseTemplate(template);
  const missing: string[] = [];
  const [only] = parts;
  if (parts.length === 1 && only?.type === "token") return { value: renderToken(only, context, missing), missing };
  let text = "";
  for (const part of parts) {
    text += part.type === "text" ? part.text : valueAsText({ value: renderToken(part, context, missing), path: part.path });
    if (text.length > MAX_RENDERED_LENGTH) throw new TemplateError(`This value renders to more than ${MAX_RENDERED_LENGTH} characters.`);
  }
  return { value: text, missing };
}
