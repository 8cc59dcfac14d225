// Templates are data, never code: literal text plus {{ path | formatter | formatter:arg }} tokens.
// A path is `trigger.<field>` (see resolve-path.ts) or `steps.<stepId>.<field>`; an argument is a
// "quoted string" or another path. Parsing is one linear scan with fixed limits, so no input can
// make it slow.
import { said, UserMessageError, type UserMessage } from "@/lib/i18n/user-message";

export interface FormatterCall {
  name: string;
  /** A literal ("usd") or a path to read (trigger.currency). */
  arg?: { literal: string } | { path: string };
}

export type TemplatePart = { type: "text"; text: string } | { type: "token"; path: string; formatters: FormatterCall[]; source: string };

export const TEMPLATE_LIMITS = { maxLength: 20_000, maxTokens: 200, maxFormatters: 8, maxPathLength: 300 } as const;

/** A template that cannot be read; its message says what to fix, in the viewer's language too (`userMessage`). */
export class TemplateError extends UserMessageError {
  constructor(message: UserMessage) {
    super(message);
    this.name = "TemplateError";
  }
}

const PATH = /^[A-Za-z_$][\w$-]*(\.[\w$-]+)*$/;
const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

export function parseTemplate(template: string): TemplatePart[] {
  if (template.length > TEMPLATE_LIMITS.maxLength) {
    throw new TemplateError(said("runErrors.template.tooLong", { max: TEMPLATE_LIMITS.maxLength }));
  }
  const parts: TemplatePart[] = [];
  let index = 0;
  let tokens = 0;
  while (index < template.length) {
    const open = template.indexOf("{{", index);
    if (open === -1) break;
    const close = template.indexOf("}}", open + 2);
    if (close === -1) throw new TemplateError(said("runErrors.template.notClosed", { start: template.slice(open, open + 30) }));
    if (open > index) parts.push({ type: "text", text: template.slice(index, open) });
    tokens += 1;
    if (tokens > TEMPLATE_LIMITS.maxTokens) throw new TemplateError(said("runErrors.template.tooManyFields", { max: TEMPLATE_LIMITS.maxTokens }));
    parts.push(parseToken(template.slice(open + 2, close)));
    index = close + 2;
  }
  if (index < template.length) parts.push({ type: "text", text: template.slice(index) });
  return parts;
}

function parseToken(source: string): TemplatePart {
  const [rawPath = "", ...rawFormatters] = splitOutsideQuotes(source, "|");
  const path = rawPath.trim();
  checkPath(path);
  if (rawFormatters.length > TEMPLATE_LIMITS.maxFormatters) {
    throw new TemplateError(said("runErrors.template.tooManyFormatters", { max: TEMPLATE_LIMITS.maxFormatters }));
  }
  const formatters = rawFormatters.map((raw): FormatterCall => {
    const [rawName = "", ...rest] = splitOutsideQuotes(raw, ":");
    const name = rawName.trim();
    if (!NAME.test(name)) throw new TemplateError(said("runErrors.template.notAFormatter", { name }));
    if (rest.length === 0) return { name };
    const rawArg = rest.join(":").trim();
    const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(rawArg);
    if (quoted) return { name, arg: { literal: (quoted[1] ?? "").replace(/\\(.)/g, "$1") } };
    checkPath(rawArg);
    return { name, arg: { path: rawArg } };
  });
  return { type: "token", path, formatters, source };
}

function checkPath(path: string): void {
  if (path.length === 0) throw new TemplateError(said("runErrors.template.emptyField"));
  if (path.length > TEMPLATE_LIMITS.maxPathLength || !PATH.test(path)) {
    throw new TemplateError(said("runErrors.template.notAPath", { path: path.slice(0, 60) }));
  }
}

/** Splits on `separator` except inside "double quotes" (with backslash escapes). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? "";
    if (quoted && char === "\\") {
      current += char + (text[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (!quoted && char === separator) {
      pieces.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  if (quoted) throw new TemplateError(said("runErrors.template.unclosedQuote"));
  pieces.push(current);
  return pieces;
}
