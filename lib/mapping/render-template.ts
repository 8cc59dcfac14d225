import { said } from "@/lib/i18n/user-message";
import { FORMATTERS } from "@/lib/mapping/formatters";
import { parseTemplate, TemplateError, type TemplatePart } from "@/lib/mapping/parse-template";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";
import { valueAsText } from "@/lib/mapping/value-as-text";

export interface RenderedValue {
  /**
   * A template that is exactly one field keeps that field's type (number, boolean, object), also
   * after typed formatters (`amount`, `number`, `boolean`…); with text around it, the value is text.
   */
  value: unknown;
  /** Paths that led nowhere: the value still renders (empty there) and the preview warns. */
  missing: string[];
  /**
   * Paths read by tokens that rendered empty (missing, null or ""), fallbacks included: what to name
   * when a required field ends up empty ("Customer (trigger.customer) has no value").
   */
  empty: string[];
}

export const MAX_RENDERED_LENGTH = 100_000;

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function renderToken(
  part: Extract<TemplatePart, { type: "token" }>,
  context: MappingContext,
  found: { missing: string[]; empty: string[] },
  inText: boolean,
): unknown {
  let value = resolvePath({ path: part.path, context });
  const read: { path: string; value: unknown }[] = [{ path: part.path, value }];
  for (const call of part.formatters) {
    const formatter = FORMATTERS[call.name];
    if (!formatter || !Object.hasOwn(FORMATTERS, call.name)) throw new TemplateError(said("runErrors.formatter.unknown", { name: call.name }));
    let arg: unknown;
    if (call.arg !== undefined && "literal" in call.arg) arg = call.arg.literal;
    else if (call.arg !== undefined) {
      arg = resolvePath({ path: call.arg.path, context });
      // A fallback field ({{a | default:b}}) is read like the token's own field.
      if (call.name === "default" && isEmpty(value)) read.push({ path: call.arg.path, value: arg });
    }
    value = formatter.format(value, arg, { inText });
  }
  // A default that filled the gap means nothing rendered empty: nothing to warn about.
  if (isEmpty(value)) {
    for (const entry of read) {
      if (entry.value === undefined) found.missing.push(entry.path);
      if (isEmpty(entry.value)) found.empty.push(entry.path);
    }
  }
  return value;
}

/** Renders a template against a run's data. Throws TemplateError for a malformed template. */
export function renderTemplate({ template, context }: { template: string; context: MappingContext }): RenderedValue {
  const parts = parseTemplate(template);
  const found = { missing: [] as string[], empty: [] as string[] };
  const [only] = parts;
  if (parts.length === 1 && only?.type === "token") return { value: renderToken(only, context, found, false), ...found };
  let text = "";
  for (const part of parts) {
    text += part.type === "text" ? part.text : valueAsText({ value: renderToken(part, context, found, true), path: part.path });
    if (text.length > MAX_RENDERED_LENGTH) throw new TemplateError(said("runErrors.template.renderedTooLong", { max: MAX_RENDERED_LENGTH }));
  }
  return { value: text, ...found };
}
