// Filters stay data: field paths read own properties only, values are templates (never code), and
// huge or deeply nested data gives an answer or a TemplateError, never a stack overflow.
import fc from "fast-check";
import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { evaluateFilter } from "@/lib/filters/evaluate-filter";
import { FILTER_LIMITS, FILTER_OPERATORS, filterSchema, type FilterOperator, type FilterRule } from "@/lib/filters/schema";
import { VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { TemplateError } from "@/lib/mapping/parse-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const PWNED = "__conduitPwned";
const globals = globalThis as Record<string, unknown>;

let deep: unknown = "bottom";
for (let level = 0; level < 10_000; level += 1) deep = { next: deep };
const BIG = `${"x".repeat(5 * 1024 * 1024)}needle`;
const object = {
  ...(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":"own"}') as object),
  status: "canceled",
  code: `globalThis.${PWNED} = true`,
  big: BIG,
  deep,
};
const context: MappingContext = { trigger: { ...subscriptionDeleted, data: { object } } as unknown as Stripe.Event, steps: {} };
const one = (field: string, operator: FilterOperator, value = "") =>
  evaluateFilter({ filter: { groups: [{ rules: [{ field, operator, value }] }] }, context }).passed;

let prototypeKeys: string[];
beforeEach(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterEach(() => {
  expect(globals[PWNED]).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
});

describe("filter paths never reach outside the data", () => {
  it.each([
    ["trigger.__proto__.polluted", "exists", "", false],
    ["trigger.__proto__", "exists", "", false],
    ["trigger.constructor", "exists", "", false],
    ["trigger.constructor", "equals", "own", false],
    ["trigger.constructor.prototype", "exists", "", false],
    ["trigger.status.constructor", "contains", "Function", false],
    ["trigger.status.length", "greater_than", "1", false],
    ["constructor.constructor", "exists", "", false],
    ["__proto__.polluted", "equals", "yes", false],
    ["steps.__proto__.polluted", "not_exists", "", true],
    ["trigger.$event.constructor.name", "equals", "Object", false],
    ["trigger.toString", "exists", "", false],
    ["trigger.deep.map", "contains", "native code", false],
    ["steps.hasOwnProperty", "exists", "", false],
    ["trigger.code", "equals", `globalThis.${PWNED} = true`, true],
  ] as const)("%s %s %j → %s", (field, operator, value, expected) => {
    expect(one(field, operator, value)).toBe(expected);
  });

  it("treats code-like values as text or refuses them as templates", () => {
    expect(one("trigger.status", "equals", "process.exit()")).toBe(false);
    expect(one("trigger.status", "not_equals", "${globalThis.__conduitPwned = true}")).toBe(true);
    expect(one("trigger.code", "contains", "globalThis")).toBe(true);
    for (const value of ["{{constructor.constructor('return process')()}}", "{{ trigger.status | eval }}", "{{ trigger.status | constructor }}"]) {
      expect(() => one("trigger.status", "equals", value)).toThrow(TemplateError);
    }
  });

  it("holds for random rules built from paths, operators and code-like pieces", () => {
    const piece = fc.constantFrom(
      "trigger",
      "steps",
      "$event",
      ".",
      "__proto__",
      "constructor",
      "prototype",
      "polluted",
      "status",
      "code",
      "{{",
      "}}",
      "|",
      ":",
      '"',
      "(",
      ")",
      "default",
      "eval",
      PWNED,
      " ",
    );
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
    const operator = fc.constantFrom(...FILTER_OPERATORS.map((entry) => entry.value));
    fc.assert(
      fc.property(fc.array(fc.array(fc.record({ field: text, operator, value: text }), { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (groups) => {
        try {
          const result = evaluateFilter({ filter: { groups: groups.map((rules) => ({ rules: rules as FilterRule[] })) }, context });
          expect(typeof result.passed).toBe("boolean");
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("huge and deeply nested values stay bounded", () => {
  it("compares a 5 MB value as text", () => {
    expect(one("trigger.big", "contains", "NEEDLE")).toBe(true);
    expect(one("trigger.big", "equals", "x")).toBe(false);
    expect(one("trigger.big", "exists")).toBe(true);
  });

  it("answers for a value 10,000 levels deep, or refuses it with a TemplateError, never a RangeError", () => {
    expect(one("trigger.deep", "exists")).toBe(true);
    expect(one("trigger.deep", "greater_than", "1")).toBe(false);
    for (const operator of ["equals", "not_equals", "contains", "not_contains"] as const) {
      expect(() => one("trigger.deep", operator, "bottom")).toThrow(
        `The field trigger.deep holds data nested more than ${VALUE_LIMITS.maxDepth} levels deep; pick a field inside it instead of the whole object.`,
      );
    }
    expect(() => one("trigger.status", "equals", "{{trigger.deep}}")).toThrow(/nested more than 100 levels deep/);
  });

  it("refuses filters over the documented limits, and text PostgreSQL cannot store, when saved", () => {
    const rule = { field: "trigger.status", operator: "equals", value: "canceled" };
    const message = (filter: unknown) => {
      const parsed = filterSchema.safeParse(filter);
      return parsed.success ? "accepted" : parsed.error.issues[0]?.message;
    };
    expect(message({ groups: [{ rules: [rule] }] })).toBe("accepted");
    expect(message({ groups: Array.from({ length: FILTER_LIMITS.maxGroups + 1 }, () => ({ rules: [rule] })) })).toBe("A filter can have at most 10 groups.");
    expect(message({ groups: [{ rules: Array.from({ length: FILTER_LIMITS.maxRules + 1 }, () => rule) }] })).toBe("A group can have at most 20 rules.");
    expect(message({ groups: [{ rules: [{ ...rule, value: "x".repeat(FILTER_LIMITS.maxValueLength + 1) }] }] })).toMatch(/at most 2000 characters; shorten it/);
    expect(message({ groups: [{ rules: [{ ...rule, field: `trigger.${"a".repeat(FILTER_LIMITS.maxFieldLength)}` }] }] })).toMatch(/too long; pick a field/);
    expect(message({ groups: [{ rules: [{ ...rule, value: "can\u0000celed" }] }] })).toMatch(/invisible character.*retype it/);
  });
});
