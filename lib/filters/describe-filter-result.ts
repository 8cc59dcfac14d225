// The builder's one-line verdict on the sample event: whether it passes the filter, and if not,
// which rules stop it, in words (the rule “Status equals active” does not hold: the sample has “canceled”).
import { evaluateFilter, type RuleResult } from "@/lib/filters/evaluate-filter";
import { FILTER_OPERATORS, type Filter } from "@/lib/filters/schema";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

export type FilterVerdict = { passed: boolean; message: string; groups: RuleResult[][] } | { error: string };

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function quoted(value: unknown): string {
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return typeof value === "string" ? `“${short}”` : short;
}

/** What a rule's field held in the sample, in words. */
export function describeActual(actual: unknown): string {
  return isEmpty(actual) ? "no value" : quoted(actual);
}

function describeRule(result: RuleResult, context: MappingContext, labelFor: (path: string) => string): string {
  const operator = FILTER_OPERATORS.find((candidate) => candidate.value === result.rule.operator);
  const value = String(renderTemplate({ template: result.rule.value, context }).value ?? "");
  const expected = operator?.needsValue ? ` ${value.trim() === "" ? "(empty)" : value}` : "";
  return `the rule “${labelFor(result.rule.field)} ${operator?.label ?? result.rule.operator}${expected}” does not hold: the sample has ${describeActual(result.actual)}`;
}

export function describeFilterResult({
  filter,
  context,
  labelFor,
}: {
  filter: Filter | null;
  context: MappingContext;
  labelFor: (path: string) => string;
}): FilterVerdict {
  try {
    const result = evaluateFilter({ filter, context });
    if (result.passed) {
      const message =
        result.groups.length === 0 ? "No filter: every event continues to the actions." : "The sample event passes this filter, so the actions would run.";
      return { passed: true, message, groups: result.groups };
    }
    const reasons = result.groups.map((group) => {
      const failed = group.filter((rule) => !rule.passed);
      const [first] = failed;
      const more = failed.length > 1 ? ` (and ${failed.length - 1} more rule${failed.length > 2 ? "s" : ""})` : "";
      return first ? `${describeRule(first, context, labelFor)}${more}` : "";
    });
    const because = reasons.length === 1 ? reasons[0] : `no group passes: ${reasons.map((reason, index) => `in group ${index + 1}, ${reason}`).join("; ")}`;
    return { passed: false, message: `The sample event would stop here because ${because}.`, groups: result.groups };
  } catch (error) {
    return { error: `The filter cannot be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}
