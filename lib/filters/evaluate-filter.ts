// Evaluates "only continue if" rules against a run's data. Pure and bounded: rules are data, values
// are templates (lib/mapping), and comparisons never run user input as code.
import { said } from "@/lib/i18n/user-message";
import type { Filter, FilterRule } from "@/lib/filters/schema";
import { parseTemplate, TemplateError } from "@/lib/mapping/parse-template";
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

const DAY_MS = 86_400_000;

/** Unix seconds or milliseconds (a number, or digits in text) or an ISO date ("2026-01-31", "2026-01-31T08:00:00Z"). */
function asDate(value: unknown): number | undefined {
  const number = asNumber(value);
  if (number !== undefined) return number < 1e11 ? number * 1000 : number;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : time;
}

/**
 * What the rule's field holds: a path reads the value as is; with formatters ("… | amount:…") the
 * field is rendered as one token, so it keeps its type (a number stays a number).
 */
function readField(field: string, context: MappingContext): unknown {
  if (!field.includes("|")) return resolvePath({ path: field, context });
  const parts = parseTemplate(`{{${field}}}`);
  if (parts.length !== 1 || parts[0]?.type !== "token") throw new TemplateError(said("runErrors.template.filterFieldNotOne", { field: field.slice(0, 80) }));
  return renderTemplate({ template: `{{${field}}}`, context }).value;
}

/** Equal as numbers when both are numbers, else as text (exact, after trimming). */
function equal(actual: unknown, actualText: () => string, expected: string): boolean {
  const a = asNumber(actual);
  const b = asNumber(expected);
  if (a !== undefined && b !== undefined) return a === b;
  return actualText().trim() === expected.trim();
}

export function evaluateRule({ rule, context, now = Date.now() }: { rule: FilterRule; context: MappingContext; now?: number }): RuleResult {
  const actual = readField(rule.field, context);
  // Text only when a comparison needs it: a deep object throws (TemplateError) rather than overflow the stack.
  const actualText = () => valueAsText({ value: actual, path: rule.field });
  const expected = valueAsText({ value: renderTemplate({ template: rule.value, context }).value });
  const compare = (pick: (a: number, b: number) => boolean) => {
    const a = asNumber(actual);
    const b = asNumber(expected);
    return a !== undefined && b !== undefined && pick(a, b);
  };
  const compareDates = (pick: (a: number, b: number) => boolean) => {
    const a = asDate(actual);
    const b = asDate(expected);
    return a !== undefined && b !== undefined && pick(a, b);
  };
  const text = () => actualText().toLowerCase();
  const passed = (() => {
    switch (rule.operator) {
      case "equals":
        return equal(actual, actualText, expected);
      case "not_equals":
        return !equal(actual, actualText, expected);
      case "contains":
        return text().includes(expected.toLowerCase());
      case "not_contains":
        return !text().includes(expected.toLowerCase());
      case "starts_with":
        return !isEmpty(actual) && text().startsWith(expected.trim().toLowerCase());
      case "ends_with":
        return !isEmpty(actual) && text().endsWith(expected.trim().toLowerCase());
      case "greater_than":
        return compare((a, b) => a > b);
      case "greater_or_equal":
        return compare((a, b) => a >= b);
      case "less_than":
        return compare((a, b) => a < b);
      case "less_or_equal":
        return compare((a, b) => a <= b);
      case "date_before":
        return compareDates((a, b) => a < b);
      case "date_after":
        return compareDates((a, b) => a > b);
      case "within_last_days": {
        const at = asDate(actual);
        const days = asNumber(expected);
        return at !== undefined && days !== undefined && days >= 0 && at <= now && at >= now - days * DAY_MS;
      }
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
export function evaluateFilter({ filter, context, now }: { filter: Filter | null | undefined; context: MappingContext; now?: number }): FilterResult {
  if (!filter || filter.groups.length === 0) return { passed: true, groups: [] };
  const groups = filter.groups.map((group) => group.rules.map((rule) => evaluateRule({ rule, context, now })));
  return { passed: groups.some((results) => results.every((result) => result.passed)), groups };
}
