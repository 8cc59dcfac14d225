import { z } from "zod";
import { issueParams } from "@/lib/i18n/issue-message";
import type { MessageKey } from "@/lib/i18n/message-key";
import { said } from "@/lib/i18n/user-message";
import { findValueProblem } from "@/lib/mapping/find-value-problem";

/**
 * What a rule can check, by the kind of value: text compares case-insensitively except equals;
 * numbers compare as numbers (also "107" from a text field); dates read Unix seconds, milliseconds
 * or ISO text. Its words are message keys: `label` in the rule's menu, `group` its heading there,
 * `hint` what the value box asks for, and `failed` a rule that did not hold ("is not greater than {expected}").
 */
export const FILTER_OPERATORS = [
  {
    value: "equals",
    label: "filters.operators.equals.label",
    failed: "filters.operators.equals.failed",
    group: "filters.groups.textOrNumber",
    needsValue: true,
    hint: "filters.hints.value",
  },
  {
    value: "not_equals",
    label: "filters.operators.not_equals.label",
    failed: "filters.operators.not_equals.failed",
    group: "filters.groups.textOrNumber",
    needsValue: true,
    hint: "filters.hints.value",
  },
  {
    value: "contains",
    label: "filters.operators.contains.label",
    failed: "filters.operators.contains.failed",
    group: "filters.groups.text",
    needsValue: true,
    hint: "filters.hints.text",
  },
  {
    value: "not_contains",
    label: "filters.operators.not_contains.label",
    failed: "filters.operators.not_contains.failed",
    group: "filters.groups.text",
    needsValue: true,
    hint: "filters.hints.text",
  },
  {
    value: "starts_with",
    label: "filters.operators.starts_with.label",
    failed: "filters.operators.starts_with.failed",
    group: "filters.groups.text",
    needsValue: true,
    hint: "filters.hints.text",
  },
  {
    value: "ends_with",
    label: "filters.operators.ends_with.label",
    failed: "filters.operators.ends_with.failed",
    group: "filters.groups.text",
    needsValue: true,
    hint: "filters.hints.text",
  },
  {
    value: "greater_than",
    label: "filters.operators.greater_than.label",
    failed: "filters.operators.greater_than.failed",
    group: "filters.groups.number",
    needsValue: true,
    hint: "filters.hints.number",
  },
  {
    value: "greater_or_equal",
    label: "filters.operators.greater_or_equal.label",
    failed: "filters.operators.greater_or_equal.failed",
    group: "filters.groups.number",
    needsValue: true,
    hint: "filters.hints.number",
  },
  {
    value: "less_than",
    label: "filters.operators.less_than.label",
    failed: "filters.operators.less_than.failed",
    group: "filters.groups.number",
    needsValue: true,
    hint: "filters.hints.number",
  },
  {
    value: "less_or_equal",
    label: "filters.operators.less_or_equal.label",
    failed: "filters.operators.less_or_equal.failed",
    group: "filters.groups.number",
    needsValue: true,
    hint: "filters.hints.number",
  },
  {
    value: "date_before",
    label: "filters.operators.date_before.label",
    failed: "filters.operators.date_before.failed",
    group: "filters.groups.date",
    needsValue: true,
    hint: "filters.hints.date",
  },
  {
    value: "date_after",
    label: "filters.operators.date_after.label",
    failed: "filters.operators.date_after.failed",
    group: "filters.groups.date",
    needsValue: true,
    hint: "filters.hints.date",
  },
  {
    value: "within_last_days",
    label: "filters.operators.within_last_days.label",
    failed: "filters.operators.within_last_days.failed",
    group: "filters.groups.date",
    needsValue: true,
    hint: "filters.hints.days",
  },
  {
    value: "is_true",
    label: "filters.operators.is_true.label",
    failed: "filters.operators.is_true.failed",
    group: "filters.groups.trueFalse",
    needsValue: false,
    hint: null,
  },
  {
    value: "is_false",
    label: "filters.operators.is_false.label",
    failed: "filters.operators.is_false.failed",
    group: "filters.groups.trueFalse",
    needsValue: false,
    hint: null,
  },
  {
    value: "exists",
    label: "filters.operators.exists.label",
    failed: "filters.operators.exists.failed",
    group: "filters.groups.anyValue",
    needsValue: false,
    hint: null,
  },
  {
    value: "not_exists",
    label: "filters.operators.not_exists.label",
    failed: "filters.operators.not_exists.failed",
    group: "filters.groups.anyValue",
    needsValue: false,
    hint: null,
  },
] as const satisfies readonly {
  value: string;
  label: MessageKey;
  failed: MessageKey;
  group: MessageKey;
  needsValue: boolean;
  hint: MessageKey | null;
}[];

export type FilterOperator = (typeof FILTER_OPERATORS)[number]["value"];

export const FILTER_LIMITS = { maxFieldLength: 300, maxValueLength: 2_000, maxRules: 20, maxGroups: 10 } as const;

// PostgreSQL cannot store the NUL character or a lone surrogate, so a rule holding one would fail to save.
const storable = (text: string) => !findValueProblem({ value: text });
const UNSTORABLE = issueParams(said("filters.definition.unstorable"));

export const filterRuleSchema = z.object({
  /**
   * A field path, as in templates: "trigger.cancellation_details.reason"; formatters may follow
   * ("steps.totals.main_currency_total_spent | amount:steps.totals.main_currency" compares dollars, not cents).
   */
  field: z
    .string()
    .refine((field) => field.length > 0, { ...issueParams(said("filters.definition.chooseField")), abort: true })
    .refine((field) => field.length <= FILTER_LIMITS.maxFieldLength, issueParams(said("filters.definition.fieldTooLong")))
    .refine(storable, UNSTORABLE),
  operator: z.enum(FILTER_OPERATORS.map((operator) => operator.value) as [FilterOperator, ...FilterOperator[]]),
  /** A template, so a rule can compare with another field. */
  value: z
    .string()
    .refine(
      (value) => value.length <= FILTER_LIMITS.maxValueLength,
      issueParams(said("filters.definition.valueTooLong", { max: FILTER_LIMITS.maxValueLength })),
    )
    .refine(storable, UNSTORABLE)
    .default(""),
});

/** "Only continue if": every rule of a group must hold (AND); any group may (OR). */
export const filterSchema = z.object({
  groups: z
    .array(
      z.object({
        rules: z
          .array(filterRuleSchema)
          .min(1)
          .refine((rules) => rules.length <= FILTER_LIMITS.maxRules, issueParams(said("filters.definition.tooManyRules", { max: FILTER_LIMITS.maxRules }))),
      }),
    )
    .refine((groups) => groups.length <= FILTER_LIMITS.maxGroups, issueParams(said("filters.definition.tooManyGroups", { max: FILTER_LIMITS.maxGroups }))),
});

export type FilterRule = z.infer<typeof filterRuleSchema>;
export type Filter = z.infer<typeof filterSchema>;
