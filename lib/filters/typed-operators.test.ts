import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { filterFailureReason } from "@/lib/filters/filter-failure-reason";
import { englishText } from "@/lib/i18n/user-message";
import type { FilterRule } from "@/lib/filters/schema";
import { TemplateError } from "@/lib/mapping/parse-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const DAY = 86_400;
const nowSeconds = NOW / 1000;
const context: MappingContext = {
  trigger: {
    id: "evt_1",
    type: "charge.succeeded",
    data: {
      object: { amount: 10700, currency: "usd", email: "Ada@Example.com", created: nowSeconds - 3 * DAY, paid_at: "2026-11-30T08:00:00Z", refunded: false },
    },
  } as unknown as Stripe.Event,
  steps: { totals: { main_currency_total_spent: 8000, main_currency: "usd", count_text: "12", big_text: "1,200", vip: "true", jpy: 500 } },
};
const rule = (field: string, operator: FilterRule["operator"], value = ""): FilterRule => ({ field, operator, value });
const holds = (filterRule: FilterRule) => evaluateFilter({ filter: { groups: [{ rules: [filterRule] }] }, context, now: NOW }).passed;

describe("typed filter operators", () => {
  it.each([
    // Text
    [rule("trigger.email", "starts_with", "ada@"), true],
    [rule("trigger.email", "starts_with", "example"), false],
    [rule("trigger.email", "ends_with", "EXAMPLE.COM"), true],
    [rule("trigger.no_such", "ends_with", ""), false],
    [rule("trigger.email", "contains", "@example"), true],
    // Numbers, also from numeric text: "12" > "9" as numbers, not as text
    [rule("steps.totals.count_text", "greater_than", "9"), true],
    [rule("steps.totals.count_text", "less_than", "9"), false],
    [rule("steps.totals.count_text", "greater_or_equal", "12"), true],
    [rule("steps.totals.count_text", "less_or_equal", "11.99"), false],
    [rule("steps.totals.count_text", "less_or_equal", "12"), true],
    [rule("steps.totals.count_text", "equals", "12.0"), true],
    [rule("trigger.email", "greater_than", "0"), false],
    // An amount in cents compared as a decimal amount: 8000 cents is 80 dollars
    [rule("steps.totals.main_currency_total_spent | amount:steps.totals.main_currency", "greater_than", "100"), false],
    [rule("steps.totals.main_currency_total_spent | amount:steps.totals.main_currency", "greater_than", "79.99"), true],
    [rule("trigger.amount | amount:trigger.currency", "greater_or_equal", "107"), true],
    [rule('steps.totals.jpy | amount:"jpy"', "equals", "500"), true],
    // Booleans, also as text
    [rule("steps.totals.vip", "is_true"), true],
    [rule("trigger.refunded", "is_false"), true],
    // Dates: Unix seconds or ISO text, against a date
    [rule("trigger.created", "date_after", "2026-11-28"), true],
    [rule("trigger.created", "date_before", "2026-11-28"), false],
    [rule("trigger.paid_at", "date_before", "2026-12-01"), true],
    [rule("trigger.paid_at", "date_after", "{{trigger.created}}"), true],
    [rule("trigger.created", "within_last_days", "7"), true],
    [rule("trigger.created", "within_last_days", "2"), false],
    [rule("trigger.paid_at", "within_last_days", "3"), true],
    [rule("trigger.email", "within_last_days", "30"), false],
    [rule("trigger.created", "within_last_days", "soon"), false],
    // Exists
    [rule("steps.totals.main_currency", "exists"), true],
    [rule("steps.totals.nothing", "not_exists"), true],
  ])("%j → %s", (filterRule, expected) => {
    expect(holds(filterRule)).toBe(expected);
  });

  it("refuses a field that is more than one field, or names an unknown formatter", () => {
    expect(() => holds(rule("trigger.amount | eval", "exists"))).toThrow(TemplateError);
    expect(() => holds(rule("trigger.amount}} and {{trigger.currency | upper", "exists"))).toThrow(/is not one field/);
  });

  it("words why a filter stopped a run, with what the field held", () => {
    const labels: Record<string, string> = { "steps.totals.main_currency_total_spent": "Total spent", "trigger.email": "Email" };
    const reason = (rules: FilterRule[][]) => {
      const result = evaluateFilter({ filter: { groups: rules.map((group) => ({ rules: group })) }, context, now: NOW });
      return englishText(filterFailureReason({ result, context, labelFor: (path) => labels[path] ?? path }));
    };
    expect(reason([[rule("steps.totals.main_currency_total_spent | amount:steps.totals.main_currency", "greater_than", "100")]])).toBe(
      "Total spent 80 is not greater than 100",
    );
    expect(reason([[rule("trigger.created", "within_last_days", "2")]])).toBe(`trigger.created ${nowSeconds - 3 * DAY} is not within the last 2 days`);
    expect(reason([[rule("trigger.missing", "exists"), rule("trigger.email", "equals", "x")]])).toBe(
      "trigger.missing (no value) does not exist (and 1 more rule)",
    );
    expect(reason([[rule("trigger.email", "ends_with", ".org")], [rule("trigger.refunded", "is_true")]])).toBe(
      "no group passes: group 1: Email Ada@Example.com does not end with .org; group 2: trigger.refunded false is not true",
    );
  });
});
