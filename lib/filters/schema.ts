import { z } from "zod";
import { findValueProblem } from "@/lib/mapping/find-value-problem";

export const FILTER_OPERATORS = [
  { value: "equals", label: "equals", needsValue: true },
  { value: "not_equals", label: "does not equal", needsValue: true },
  { value: "contains", label: "contains", needsValue: true },
  { value: "not_contains", label: "does not contain", needsValue: true },
  { value: "greater_than", label: "is greater than", needsValue: true },
  { value: "less_than", label: "is less than", needsValue: true },
  { value: "exists", label: "exists", needsValue: false },
  { value: "not_exists", label: "does not exist", needsValue: false },
  { value: "is_true", label: "is true", needsValue: false },
  { value: "is_false", label: "is false", needsValue: false },
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number]["value"];

export const FILTER_LIMITS = { maxFieldLength: 300, maxValueLength: 2_000, maxRules: 20, maxGroups: 10 } as const;

// PostgreSQL cannot store the NUL character or a lone surrogate, so a rule holding one would fail to save.
const storable = (text: string) => !findValueProblem({ value: text });
const UNSTORABLE = "This rule holds an invisible character that cannot be saved (NUL or a broken emoji); retype it.";

export const filterRuleSchema = z.object({
  /** A field path, as in templates: "trigger.cancellation_details.reason". */
  field: z.string().min(1, "Choose a field.").max(FILTER_LIMITS.maxFieldLength, "This field path is too long; pick a field from the data picker.").refine(storable, UNSTORABLE),
  operator: z.enum(FILTER_OPERATORS.map((operator) => operator.value) as [FilterOperator, ...FilterOperator[]]),
  /** A template, so a rule can compare with another field. */
  value: z.string().max(FILTER_LIMITS.maxValueLength, `A filter value can be at most ${FILTER_LIMITS.maxValueLength} characters; shorten it.`).refine(storable, UNSTORABLE).default(""),
});

/** "Only continue if": every rule of a group must hold (AND); any group may (OR). */
export const filterSchema = z.object({
  groups: z
    .array(z.object({ rules: z.array(filterRuleSchema).min(1).max(FILTER_LIMITS.maxRules, `A group can have at most ${FILTER_LIMITS.maxRules} rules.`) }))
    .max(FILTER_LIMITS.maxGroups, `A filter can have at most ${FILTER_LIMITS.maxGroups} groups.`),
});

export type FilterRule = z.infer<typeof filterRuleSchema>;
export type Filter = z.infer<typeof filterSchema>;
