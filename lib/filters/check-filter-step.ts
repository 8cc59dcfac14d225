import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { filterFailureReason } from "@/lib/filters/filter-failure-reason";
import type { Filter } from "@/lib/filters/schema";
import { englishText, type UserMessageValue } from "@/lib/i18n/user-message";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import type { FilterStepOutput } from "@/lib/runs/record-filter-step";

/** What a field held, short enough to keep in the run history. */
function bounded(actual: unknown): unknown {
  if (actual === undefined) return null;
  if (typeof actual === "string") return actual.length > 200 ? `${actual.slice(0, 199)}…` : actual;
  if (actual === null || typeof actual !== "object") return actual;
  let text: string;
  try {
    text = JSON.stringify(actual) ?? "";
  } catch {
    return "(data nested too deeply to show)";
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : actual;
}

/**
 * A filter step's verdict on the data so far, as the run history and the builder's whole-zap test
 * show it. Throws TemplateError when a rule cannot be read (the caller says where).
 */
export function checkFilterStep({
  filter,
  context,
  labelFor,
}: {
  filter: Filter;
  context: MappingContext;
  /** A path's label: a string, or the catalog's words for it (pathLabeler) to word it in the viewer's language. */
  labelFor: (path: string) => UserMessageValue | undefined;
}): FilterStepOutput {
  const result = evaluateFilter({ filter, context });
  const label = (path: string) => labelFor(path) ?? path;
  const text = (value: UserMessageValue) => (typeof value === "object" ? englishText(value) : String(value));
  const rules = result.groups.flatMap((group, at) =>
    group.map(({ rule, passed, actual }) => {
      const labelMessage = label(rule.field.split("|")[0]?.trim() ?? rule.field);
      return {
        group: at + 1,
        field: rule.field,
        label: text(labelMessage),
        labelMessage,
        operator: rule.operator,
        value: String(renderTemplate({ template: rule.value, context }).value ?? ""),
        actual: bounded(actual),
        passed,
      };
    }),
  );
  if (result.passed) return { passed: true, reason: null, rules };
  const reason = filterFailureReason({ result, context, labelFor: label });
  return { passed: false, reason: englishText(reason), reasonMessage: reason, rules };
}
