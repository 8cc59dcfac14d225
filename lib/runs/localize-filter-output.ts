import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { Translate } from "@/lib/i18n/translator";
import { storedErrorText } from "@/lib/i18n/user-message";
import type { JsonValue } from "@/lib/json-value";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A filter step's kept verdict (record-filter-step.ts) with its reason and rule labels in the viewer's
 * language, where it kept their messages; otherwise (or for a key that is gone) their English as kept.
 */
export function localizeFilterOutput({ output, t, catalog }: { output: JsonValue | null; t: Translate; catalog: CatalogText }): JsonValue | null {
  if (!isObject(output)) return output;
  const worded = (english: unknown, message: unknown) =>
    typeof english === "string" ? storedErrorText({ error: english, errorMessage: message, t, catalog }) : english;
  const rules = Array.isArray(output.rules)
    ? output.rules.map((rule) => (isObject(rule) ? { ...rule, label: worded(rule.label, rule.labelMessage) } : rule))
    : output.rules;
  return { ...output, reason: worded(output.reason, output.reasonMessage) ?? null, rules } as JsonValue;
}
