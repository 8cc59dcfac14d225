import { findValueProblem, VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { said } from "@/lib/i18n/user-message";
import { TemplateError } from "@/lib/mapping/parse-template";

/**
 * A field's value as text: nothing for a missing or null value, JSON for an object or list. Refuses
 * (TemplateError) a value nested so deep that JSON.stringify would overflow the stack.
 */
export function valueAsText({ value, path }: { value: unknown; /** The field's template path, for the message. */ path?: string }): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  if (findValueProblem({ value, text: false })) {
    const max = VALUE_LIMITS.maxDepth;
    throw new TemplateError(path ? said("runErrors.template.fieldTooDeep", { path, max }) : said("runErrors.template.valueTooDeep", { max }));
  }
  return JSON.stringify(value);
}
