// Evaluates "only continue if" rules against a run's data. Pure and bounded: rules are data, values
// are templates (lib/mapping), and comparisons never run user input as code.
import type { Filter, FilterRule } from "@/lib/filters/schema";
import { renderTemplate } from "@/lib/mapping/render-template";
import { resolvePath, type MappingContext } from "@/lib/mapping/resolve-path";
import { valueAsText } from "@/lib/mapping/value-as-text";

export interface RuleResult {
  rule: FilterRule;
  passed: boolean;
  /** What the field held, for the run history and the builder's preview. */
  actual: unknown;
}

export interface FilterResult {
  passed: boolean;
  groups: RuleResult[][];
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

function truthy(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && ["true", "false"].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() === "true";
  return undefined;
}

/** Equal as numbers when both are numbers, else as text (exact, after trimming). */
function equal(actual: unknown, actualText: () => string, expected: string): boolean {
  const a = asNumber(actual);
  const b = asNumber(expected);
  if (a !== undefined && b !== undefined) return a === b;
  return actualText().trim() === expected.trim();
}

export function evaluateRule({ rule, context }: { rule: FilterRule; context: MappingContext }): RuleResult {
  const actual = resolvePath({ path: rule.field, context });
  // Text only when a comparison needs it: a deep object throws (TemplateError) rather than overflow the stack.
  const actualText = () => valueAsText({ value: actual, path: rule.field });
  const expected = valueAsText({ value: renderTemplate({ template: rule.value, context }).value });
  const compare = (pick: (a: number, b: number) => boolean) => {
    const a = asNumber(actual);
    const b = asNumber(expected);
    return a !== undefined && b !== undefined && pick(a, b);
  };
  const passed = (() => {
    switch (rule.operator) {
      case "equals":
        return equal(actual, actualText, expected);
      case "not_equals":
        return !equal(actual, actualText, expected);
      case "contains":
        return actualText().toLowerCase().includes(expected.toLowerCase());
      case "not_contains":
        return !actualText().toLowerCase().includes(expected.toLowerCase());
      case "greater_than":
        return compare((a, b) => a > b);
      case "less_than":
        return compare((a, b) => a < b);
      case "exists":
        return !isEmpty(actual);
      case "not_exists":
        return isEmpty(actual);
      case "is_true":
        return truthy(actual) === true;
      case "is_false":
        return truthy(actual) === false;
    }
  })();
  return { rule, passed, actual };
}

/** No filter, or no groups, lets every run continue. */
export function evaluateFilter({ filter, context }: { filter: Filter | null | undefined; context: MappingContext }): FilterResult {
  if (!filter || filter.groups.length === 0) return { passed: true, groups: [] };
  const groups = filter.groups.map((group) => group.rules.map((rule) => evaluateRule({ rule, context })));
  return { passed: groups.some((results) => results.every((result) => result.passed)), groups };
}
