import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { describeActual, describeFilterResult } from "@/lib/filters/describe-filter-result";
import type { Filter, FilterRule } from "@/lib/filters/schema";
import { translator } from "@/lib/i18n/translator";
import { englishText, userMessageText, userMessageValueText } from "@/lib/i18n/user-message";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const context: MappingContext = {
  trigger: {
    id: "evt_1",
    type: "customer.subscription.deleted",
    data: { object: { status: "canceled", amount: 2000, paid: true, coupon: null, plan: { nickname: "Pro" } } },
  } as unknown as Stripe.Event,
  steps: {},
};
const labels: Record<string, string> = { "trigger.status": "Status", "trigger.amount": "Amount" };
const labelFor = (path: string) => labels[path] ?? path;
const rule = (field: string, operator: FilterRule["operator"], value = ""): FilterRule => ({ field, operator, value });
const verdict = (filter: Filter | null) => describeFilterResult({ filter, context, labelFor });

describe("describeFilterResult", () => {
  it.each<[string, Filter | null, string]>([
    ["no filter", null, "No filter: every event continues to the actions."],
    ["no groups", { groups: [] }, "No filter: every event continues to the actions."],
    [
      "a passing rule",
      { groups: [{ rules: [rule("trigger.status", "equals", "canceled")] }] },
      "The sample event passes this filter, so the actions would run.",
    ],
    [
      "a failing rule",
      { groups: [{ rules: [rule("trigger.status", "equals", "active")] }] },
      "The sample event would stop here because the rule “Status equals active” does not hold: the sample has “canceled”.",
    ],
    [
      "a rule whose value is still empty",
      { groups: [{ rules: [rule("trigger.status", "equals", " ")] }] },
      "The sample event would stop here because the rule “Status equals (empty)” does not hold: the sample has “canceled”.",
    ],
    [
      "a failing rule without a value",
      { groups: [{ rules: [rule("trigger.coupon", "exists")] }] },
      "The sample event would stop here because the rule “trigger.coupon exists” does not hold: the sample has no value.",
    ],
    [
      "a number rule",
      { groups: [{ rules: [rule("trigger.amount", "greater_than", "5000")] }] },
      "The sample event would stop here because the rule “Amount is greater than 5000” does not hold: the sample has 2000.",
    ],
    [
      "a value that is a field",
      { groups: [{ rules: [rule("trigger.status", "equals", "{{trigger.plan.nickname}}")] }] },
      "The sample event would stop here because the rule “Status equals Pro” does not hold: the sample has “canceled”.",
    ],
    [
      "the first failure of a group, counting the others",
      { groups: [{ rules: [rule("trigger.paid", "is_false"), rule("trigger.status", "equals", "x"), rule("trigger.coupon", "exists")] }] },
      "The sample event would stop here because the rule “trigger.paid is false” does not hold: the sample has true (and 2 more rules).",
    ],
    [
      "one passing group of two (OR)",
      { groups: [{ rules: [rule("trigger.status", "equals", "active")] }, { rules: [rule("trigger.paid", "is_true")] }] },
      "The sample event passes this filter, so the actions would run.",
    ],
    [
      "two failing groups",
      {
        groups: [
          { rules: [rule("trigger.status", "equals", "active")] },
          { rules: [rule("trigger.paid", "is_false"), rule("trigger.amount", "less_than", "10")] },
        ],
      },
      "The sample event would stop here because no group passes: in group 1, the rule “Status equals active” does not hold: the sample has “canceled”; in group 2, the rule “trigger.paid is false” does not hold: the sample has true (and 1 more rule).",
    ],
  ])("%s", (_, filter, message) => {
    const result = verdict(filter);
    expect(englishText("message" in result ? result.message : result.error)).toBe(message);
  });

  it("words the same verdict in Portuguese", async () => {
    const t = await translator({ locale: "pt-BR" });
    const result = verdict({
      groups: [
        { rules: [rule("trigger.status", "equals", "active")] },
        { rules: [rule("trigger.paid", "is_false"), rule("trigger.amount", "less_than", "10")] },
      ],
    });
    expect(userMessageText({ message: "message" in result ? result.message : result.error, t })).toBe(
      "O evento de exemplo pararia aqui porque nenhum grupo passa: no grupo 1, a regra “Status é igual a active” não é atendida: o exemplo tem “canceled”; no grupo 2, a regra “trigger.paid é falso” não é atendida: o exemplo tem true (e mais 1 regra).",
    );
  });

  it("says what is wrong with a value it cannot read", () => {
    const result = verdict({ groups: [{ rules: [rule("trigger.status", "equals", "{{trigger.status")] }] });
    expect("error" in result && englishText(result.error)).toMatch(/^The filter cannot be checked: A field starting at .* is not closed with }}\.$/);
  });

  it("gives each rule's result for the editor", () => {
    const result = verdict({ groups: [{ rules: [rule("trigger.status", "equals", "canceled"), rule("trigger.amount", "less_than", "10")] }] });
    expect("groups" in result && result.groups[0]?.map((entry) => [entry.passed, entry.actual])).toEqual([
      [true, "canceled"],
      [false, 2000],
    ]);
  });
});

describe("describeActual", () => {
  it.each<[unknown, string]>([
    [undefined, "no value"],
    [null, "no value"],
    ["", "no value"],
    ["x", "“x”"],
    [0, "0"],
    [false, "false"],
    [{ a: 1 }, '{"a":1}'],
  ])("%j → %s", async (value, expected) => {
    expect(userMessageValueText({ value: describeActual(value), t: await translator({ locale: "en" }) })).toBe(expected);
  });
});
