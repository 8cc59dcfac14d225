import { z } from "zod";
import { findValueProblem } from "@/lib/mapping/find-value-problem";

/**
 * What a rule can check, by the kind of value: text compares case-insensitively except equals;
 * numbers compare as numbers (also "107" from a text field); dates read Unix seconds, milliseconds
 * or ISO text. `valueHint` is what the value box asks for; `failed` words a rule that did not hold.
 */
export const FILTER_OPERATORS = [
  { value: "equals", failed: "does not equal", label: "equals", group: "Text or number", needsValue: true, valueHint: "Value" },
  { value: "not_equals", failed: "equals", label: "does not equal", group: "Text or number", needsValue: true, valueHint: "Value" },
  { value: "contains", failed: "does not contain", label: "contains", group: "Text", needsValue: true, valueHint: "Text" },
  { value: "not_contains", failed: "contains", label: "does not contain", group: "Text", needsValue: true, valueHint: "Text" },
  { value: "starts_with", failed: "does not start with", label: "starts with", group: "Text", needsValue: true, valueHint: "Text" },
  { value: "ends_with", failed: "does not end with", label: "ends with", group: "Text", needsValue: true, valueHint: "Text" },
  { value: "greater_than", failed: "is not greater than", label: "is greater than", group: "Number", needsValue: true, valueHint: "Number" },
  {
    value: "greater_or_equal",
    failed: "is not greater than or equal to",
    label: "is greater than or equal to",
    group: "Number",
    needsValue: true,
    valueHint: "Number",
  },
  { value: "less_than", failed: "is not less than", label: "is less than", group: "Number", needsValue: true, valueHint: "Number" },
  { value: "less_or_equal", failed: "is not less than or equal to", label: "is less than or equal to", group: "Number", needsValue: true, valueHint: "Number" },
  { value: "date_before", failed: "is not before", label: "is before the date", group: "Date", needsValue: true, valueHint: "Date, e.g. 2026-01-31" },
  { value: "date_after", failed: "is not after", label: "is after the date", group: "Date", needsValue: true, valueHint: "Date, e.g. 2026-01-31" },
  {
    value: "within_last_days",
    failed: "is not within the last … days",
    label: "is within the last … days",
    group: "Date",
    needsValue: true,
    valueHint: "Number of days",
  },
  { value: "is_true", failed: "is not true", label: "is true", group: "True/false", needsValue: false, valueHint: "" },
  { value: "is_false", failed: "is not false", label: "is false", group: "True/false", needsValue: false, valueHint: "" },
  { value: "exists", failed: "does not exist", label: "exists", group: "Any value", needsValue: false, valueHint: "" },
  { value: "not_exists", failed: "exists", label: "does not exist", group: "Any value", needsValue: false, valueHint: "" },
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number]["value"];

export const FILTER_LIMITS = { maxFieldLength: 300, maxValueLength: 2_000, maxRules: 20, maxGroups: 10 } as const;

// PostgreSQL cannot store the NUL character or a lone surrogate, so a rule holding one would fail to save.
const storable = (text: string) => !findValueProblem({ value: text });
const UNSTORABLE = "This rule holds an invisible character that cannot be saved (NUL or a broken emoji); retype it.";

export const filterRuleSchema = z.object({
  /**
   * A field path, as in templates: "trigger.cancellation_details.reason"; formatters may follow
   * ("steps.totals.main_currency_total_spent | amount:steps.totals.main_currency" compares dollars, not cents).
   */
  field: z
    .string()
    .min(1, "Choose a field.")
    .max(FILTER_LIMITS.maxFieldLength, "This field path is too long; pick a field from the data picker.")
    .refine(storable, UNSTORABLE),
  operator: z.enum(FILTER_OPERATORS.map((operator) => operator.value) as [FilterOperator, ...FilterOperator[]]),
  /** A template, so a rule can compare with another field. */
  value: z
    .string()
    .max(FILTER_LIMITS.maxValueLength, `A filter value can be at most ${FILTER_LIMITS.maxValueLength} characters; shorten it.`)
    .refine(storable, UNSTORABLE)
    .default(""),
});

/** "Only continue if": every rule of a group must hold (AND); any group may (OR). */
export const filterSchema = z.object({
  groups: z
    .array(z.object({ rules: z.array(filterRuleSchema).min(1).max(FILTER_LIMITS.maxRules, `A group can have at most ${FILTER_LIMITS.maxRules} rules.`) }))
    .max(FILTER_LIMITS.maxGroups, `A filter can have at most ${FILTER_LIMITS.maxGroups} groups.`),
});

export type FilterRule = z.infer<typeof filterRuleSchema>;
export type Filter = z.infer<typeof filterSchema>;
