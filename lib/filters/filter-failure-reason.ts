import type { FilterResult, RuleResult } from "@/lib/filters/evaluate-filter";
import { FILTER_OPERATORS } from "@/lib/filters/schema";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function shown(value: unknown): string {
  if (isEmpty(value)) return "(no value)";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function ruleReason(result: RuleResult, context: MappingContext, labelFor: (path: string) => string): string {
  const operator = FILTER_OPERATORS.find((candidate) => candidate.value === result.rule.operator);
  const field = labelFor(result.rule.field.split("|")[0]?.trim() ?? result.rule.field);
  if (!operator) return `${field} ${shown(result.actual)} does not pass “${result.rule.operator}”`;
  if (!operator.needsValue) return `${field} ${shown(result.actual)} ${operator.failed}`;
  const expected = String(renderTemplate({ template: result.rule.value, context }).value ?? "").trim() || "(empty)";
  const words = operator.value === "within_last_days" ? operator.failed.replace("…", expected) : `${operator.failed} ${expected}`;
  return `${field} ${shown(result.actual)} ${words}`;
}

/**
 * Why a filter stopped a run, in words for the run history: "Total spent (main currency) 80 is not
 * greater than 100". With several groups, each group's first rule that did not hold.
 */
export function filterFailureReason({
  result,
  context,
  labelFor,
}: {
  result: FilterResult;
  context: MappingContext;
  labelFor: (path: string) => string;
}): string {
  const reasons = result.groups.map((group) => {
    const failed = group.filter((rule) => !rule.passed);
    const [first] = failed;
    if (!first) return "";
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more rule${failed.length > 2 ? "s" : ""})` : "";
    return `${ruleReason(first, context, labelFor)}${more}`;
  });
  return reasons.length === 1 ? (reasons[0] ?? "") : `no group passes: ${reasons.map((reason, index) => `group ${index + 1}: ${reason}`).join("; ")}`;
}
