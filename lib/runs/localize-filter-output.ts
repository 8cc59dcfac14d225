import type { CatalogText } from "@/lib/catalog/catalog-text";
import type { Translate } from "@/lib/i18n/translator";
import { readUserMessage, userMessageText, userMessageValueText, type UserMessageValue } from "@/lib/i18n/user-message";
import type { JsonValue } from "@/lib/json-value";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function readValue(value: unknown): UserMessageValue | null {
  return typeof value === "string" || typeof value === "number" ? value : readUserMessage(value);
}

/** A filter step's kept verdict (record-filter-step.ts) with its reason and rule labels in the viewer's language, where it kept their messages. */
export function localizeFilterOutput({ output, t, catalog }: { output: JsonValue | null; t: Translate; catalog: CatalogText }): JsonValue | null {
  if (!isObject(output)) return output;
  const reason = readUserMessage(output.reasonMessage);
  const rules = Array.isArray(output.rules)
    ? output.rules.map((rule) => {
        const label = isObject(rule) ? readValue(rule.labelMessage) : null;
        return isObject(rule) && label !== null ? { ...rule, label: userMessageValueText({ value: label, t, catalog }) } : rule;
      })
    : output.rules;
  return { ...output, ...(reason ? { reason: userMessageText({ message: reason, t, catalog }) } : {}), rules } as JsonValue;
}
