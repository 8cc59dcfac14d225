import { said, type UserMessage } from "@/lib/i18n/user-message";
import { FORMATTERS } from "@/lib/mapping/formatters";
import { parseTemplate, TemplateError, type TemplatePart } from "@/lib/mapping/parse-template";

/** The template's parts, or what is wrong with it (syntax, unknown formatter), for publishing. */
export function checkTemplate(template: string): { ok: true; parts: TemplatePart[] } | { ok: false; message: UserMessage } {
  try {
    const parts = parseTemplate(template);
    for (const part of parts) {
      if (part.type !== "token") continue;
      const unknown = part.formatters.find((call) => !Object.hasOwn(FORMATTERS, call.name));
      if (unknown) return { ok: false, message: said("runErrors.formatter.unknown", { name: unknown.name }) };
    }
    return { ok: true, parts };
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, message: error.userMessage };
    throw error;
  }
}
