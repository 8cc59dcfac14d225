import type { FilterResult, RuleResult } from "@/lib/filters/evaluate-filter";
import { FILTER_OPERATORS } from "@/lib/filters/schema";
import { said, type UserMessage, type UserMessageValue } from "@/lib/i18n/user-message";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function shown(value: unknown): UserMessageValue {
  if (isEmpty(value)) return said("filters.reason.noValue");
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function ruleReason(result: RuleResult, context: MappingContext, labelFor: (path: string) => UserMessageValue): UserMessage {
  const operator = FILTER_OPERATORS.find((candidate) => candidate.value === result.rule.operator);
  const field = labelFor(result.rule.field.split("|")[0]?.trim() ?? result.rule.field);
  const actual = shown(result.actual);
  if (!operator) return said("filters.reason.unknownOperator", { field, actual, operator: result.rule.operator });
  const rendered = String(renderTemplate({ template: result.rule.value, context }).value ?? "").trim();
  const expected = rendered === "" ? said("filters.reason.empty") : rendered;
  return said("filters.reason.rule", { field, actual, failed: said(operator.failed, { expected }) });
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
  labelFor: (path: string) => UserMessageValue;
}): UserMessage {
  const reasons = result.groups.map((group): UserMessage => {
    const failed = group.filter((rule) => !rule.passed);
    const [first] = failed;
    if (!first) return { text: "" };
    const reason = ruleReason(first, context, labelFor);
    return failed.length > 1 ? said("filters.reason.more", { reason, count: failed.length - 1 }) : reason;
  });
  const [only] = reasons;
  if (reasons.length === 1 && only) return only;
  const listed = reasons.map((reason, index) => said("filters.reason.group", { number: index + 1, reason }));
  return said("filters.reason.noGroupPasses", { reasons: joined(listed) });
}

/** "a; b; c", in the reader's language. */
export function joined(messages: UserMessage[]): UserMessageValue {
  const [first, ...rest] = messages;
  if (!first) return "";
  return rest.length === 0 ? first : said("filters.reason.list", { first, rest: joined(rest) });
}
