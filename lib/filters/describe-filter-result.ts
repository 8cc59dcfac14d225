// The builder's one-line verdict on the sample event: whether it passes the filter, and if not,
// which rules stop it, in words (the rule “Status equals active” does not hold: the sample has “canceled”),
// as messages the builder words in its language.
import { evaluateFilter, type RuleResult } from "@/lib/filters/evaluate-filter";
import { joined } from "@/lib/filters/filter-failure-reason";
import { FILTER_OPERATORS, type Filter } from "@/lib/filters/schema";
import { errorUserMessage, said, type UserMessage, type UserMessageValue } from "@/lib/i18n/user-message";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

export type FilterVerdict = { passed: boolean; message: UserMessage; groups: RuleResult[][] } | { error: UserMessage };

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function quoted(value: unknown): string {
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return typeof value === "string" ? `“${short}”` : short;
}

/** What a rule's field held in the sample, in words. */
export function describeActual(actual: unknown): UserMessageValue {
  return isEmpty(actual) ? said("filters.verdict.noValue") : quoted(actual);
}

function describeRule(result: RuleResult, context: MappingContext, labelFor: (path: string) => UserMessageValue): UserMessage {
  const operator = FILTER_OPERATORS.find((candidate) => candidate.value === result.rule.operator);
  const field = labelFor(result.rule.field);
  const actual = describeActual(result.actual);
  const shownOperator = operator ? said(operator.label) : result.rule.operator;
  if (!operator?.needsValue) return said("filters.verdict.rule", { field, operator: shownOperator, actual });
  const value = String(renderTemplate({ template: result.rule.value, context }).value ?? "");
  const expected = value.trim() === "" ? said("filters.reason.empty") : value;
  return said("filters.verdict.ruleWithValue", { field, operator: shownOperator, expected, actual });
}

export function describeFilterResult({
  filter,
  context,
  labelFor,
}: {
  filter: Filter | null;
  context: MappingContext;
  labelFor: (path: string) => UserMessageValue;
}): FilterVerdict {
  try {
    const result = evaluateFilter({ filter, context });
    if (result.passed) {
      return { passed: true, message: said(result.groups.length === 0 ? "filters.verdict.noFilter" : "filters.verdict.passes"), groups: result.groups };
    }
    const reasons = result.groups.map((group): UserMessage => {
      const failed = group.filter((rule) => !rule.passed);
      const [first] = failed;
      if (!first) return { text: "" };
      const reason = describeRule(first, context, labelFor);
      return failed.length > 1 ? said("filters.reason.more", { reason, count: failed.length - 1 }) : reason;
    });
    const [only] = reasons;
    const because =
      reasons.length === 1 && only
        ? only
        : said("filters.verdict.noGroupPasses", {
            reasons: joined(reasons.map((reason, index) => said("filters.verdict.inGroup", { number: index + 1, reason }))),
          });
    return { passed: false, message: said("filters.verdict.stops", { because }), groups: result.groups };
  } catch (error) {
    return { error: said("filters.verdict.cannotCheck", { reason: errorUserMessage(error) }) };
  }
}
