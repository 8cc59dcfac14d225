import { findValueProblem, VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { TemplateError } from "@/lib/mapping/parse-template";

/**
 * A field's value as text: nothing for a missing or null value, JSON for an object or list. Refuses
 * (TemplateError) a value nested so deep that JSON.stringify would overflow the stack.
 */
export function valueAsText({ value, path }: { value: unknown; /** The field's template path, for the message. */ path?: string }): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  if (findValueProblem({ value, text: false })) {
    throw new TemplateError(
      `${path ? `The field ${path}` : "A value"} holds data nested more than ${VALUE_LIMITS.maxDepth} levels deep; pick a field inside it instead of the whole object.`,
    );
  }
  return JSON.stringify(value);
}
