import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { filterFailureReason } from "@/lib/filters/filter-failure-reason";
import type { Filter } from "@/lib/filters/schema";
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
  labelFor: (path: string) => string | undefined;
}): FilterStepOutput {
  const result = evaluateFilter({ filter, context });
  const label = (path: string) => labelFor(path) ?? path;
  const rules = result.groups.flatMap((group, at) =>
    group.map(({ rule, passed, actual }) => ({
      group: at + 1,
      field: rule.field,
      label: label(rule.field.split("|")[0]?.trim() ?? rule.field),
      operator: rule.operator,
      value: String(renderTemplate({ template: rule.value, context }).value ?? ""),
      actual: bounded(actual),
      passed,
    })),
  );
  return { passed: result.passed, reason: result.passed ? null : filterFailureReason({ result, context, labelFor: label }), rules };
}
