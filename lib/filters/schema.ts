import { z } from "zod";

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

export const filterRuleSchema = z.object({
  /** A field path, as in templates: "trigger.cancellation_details.reason". */
  field: z.string().min(1, "Choose a field.").max(300),
  operator: z.enum(FILTER_OPERATORS.map((operator) => operator.value) as [FilterOperator, ...FilterOperator[]]),
  /** A template, so a rule can compare with another field. */
  value: z.string().max(2_000).default(""),
});

/** "Only continue if": every rule of a group must hold (AND); any group may (OR). */
export const filterSchema = z.object({
  groups: z.array(z.object({ rules: z.array(filterRuleSchema).min(1).max(20) })).max(10),
});

export type FilterRule = z.infer<typeof filterRuleSchema>;
export type Filter = z.infer<typeof filterSchema>;
