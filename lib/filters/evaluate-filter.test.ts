import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import type { FilterRule } from "@/lib/filters/schema";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const event = subscriptionDeleted as unknown as Stripe.Event;
const subscription = event.data.object as Stripe.Subscription;
const context: MappingContext = { trigger: event, steps: { totals: { totalSpent: "4200", vip: "true", tags: ["a", "b"] } } };
const one = (rule: FilterRule) => evaluateFilter({ filter: { groups: [{ rules: [rule] }] }, context }).passed;
const rule = (field: string, operator: FilterRule["operator"], value = ""): FilterRule => ({ field, operator, value });

describe("evaluateFilter", () => {
  it.each([
    [rule("trigger.status", "equals", "canceled"), true],
    [rule("trigger.status", "equals", " canceled "), true],
    [rule("trigger.status", "equals", "Canceled"), false],
    [rule("trigger.status", "not_equals", "active"), true],
    [rule("trigger.customer", "contains", "CUS_"), true],
    [rule("trigger.customer", "not_contains", "cus_"), false],
    [rule("steps.totals.totalSpent", "greater_than", "4199.5"), true],
    [rule("steps.totals.totalSpent", "less_than", "100"), false],
    [rule("steps.totals.totalSpent", "equals", "4200.0"), true],
    [rule("trigger.status", "greater_than", "1"), false],
    [rule("trigger.cancellation_details.reason", "exists"), subscription.cancellation_details?.reason != null],
    [rule("trigger.no_such_field", "exists"), false],
    [rule("trigger.no_such_field", "not_exists"), true],
    [rule("trigger.livemode", "is_false"), true],
    [rule("trigger.livemode", "is_true"), false],
    [rule("steps.totals.vip", "is_true"), true],
    [rule("trigger.status", "is_true"), false],
    [rule("trigger.status", "is_false"), false],
    [rule("steps.totals.tags", "contains", '"b"'), true],
    [rule("trigger.customer", "equals", "{{trigger.customer}}"), true],
    [rule("trigger.constructor", "exists"), false],
  ])("%j → %s", (filterRule, expected) => {
    expect(one(filterRule)).toBe(expected);
  });

  it("passes when there is no filter", () => {
    expect(evaluateFilter({ filter: null, context }).passed).toBe(true);
    expect(evaluateFilter({ filter: { groups: [] }, context }).passed).toBe(true);
  });

  it("needs every rule of a group (AND) and any group (OR)", () => {
    const yes = rule("trigger.status", "equals", "canceled");
    const no = rule("trigger.status", "equals", "active");
    expect(evaluateFilter({ filter: { groups: [{ rules: [yes, no] }] }, context }).passed).toBe(false);
    expect(evaluateFilter({ filter: { groups: [{ rules: [yes, yes] }] }, context }).passed).toBe(true);
    expect(evaluateFilter({ filter: { groups: [{ rules: [no] }, { rules: [yes] }] }, context }).passed).toBe(true);
    expect(evaluateFilter({ filter: { groups: [{ rules: [no] }, { rules: [no, yes] }] }, context }).passed).toBe(false);
  });

  it("reports what each field held, for the run history", () => {
    const result = evaluateFilter({ filter: { groups: [{ rules: [rule("trigger.status", "equals", "active")] }] }, context });
    expect(result.groups[0]?.[0]).toMatchObject({ passed: false, actual: "canceled" });
  });
});
