// Templates stay data: whatever a user types or a payload holds, rendering reads own properties only,
// runs no code, sets no prototype, and is bounded by documented limits (refused with a clear
// TemplateError) rather than by how long it happens to take.
import fc from "fast-check";
import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { buildPickerTree, PICKER_LIMITS, type PickerNode } from "@/lib/mapping/build-picker-tree";
import { checkTemplate } from "@/lib/mapping/check-template";
import { currencyPaths } from "@/lib/mapping/currency-paths";
import { describeSample } from "@/lib/mapping/describe-sample";
import { findValueProblem, VALUE_LIMITS } from "@/lib/mapping/find-value-problem";
import { joinSegments } from "@/lib/mapping/join-segments";
import { TEMPLATE_LIMITS, TemplateError } from "@/lib/mapping/parse-template";
import { MAX_STEP_INPUT_LENGTH, renderStepInputs } from "@/lib/mapping/render-step-inputs";
import { MAX_RENDERED_LENGTH, renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";
import { sampleContext } from "@/lib/mapping/sample-context";
import { searchPickerTree } from "@/lib/mapping/search-picker-tree";
import { templateSegments } from "@/lib/mapping/template-segments";
import { mappedValueSchema, zapDefinitionSchema } from "@/lib/zaps/schema";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const PWNED = "__conduitPwned";
const globals = globalThis as Record<string, unknown>;

/** Nested lists `depth` deep, built without recursion (as JSON.parse would give them). */
function nested(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let level = 1; level < depth; level += 1) value = [value];
  return value;
}

// A payload that tries everything: own "__proto__" and "constructor" keys, a key that renders to
// "__proto__", code in strings, 5 MB of text and data nested 10,000 deep.
const BIG = "x".repeat(5 * 1024 * 1024);
const DEEP = nested(10_000);
const object = {
  ...(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"p"}') as object),
  id: "sub_1",
  currency: "usd",
  evil_key: "__proto__",
  code: `globalThis.${PWNED} = true`,
  big: BIG,
  deep: DEEP,
};
const event = { ...subscriptionDeleted, data: { object } } as unknown as Stripe.Event;
const context: MappingContext = { trigger: event, steps: { s: JSON.parse('{"__proto__":{"polluted":"yes"},"ok":1}') } };
const render = (template: string) => renderTemplate({ template, context });

let prototypeKeys: string[];
beforeEach(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterEach(() => {
  // Nothing ran and nothing leaked into the shared prototypes.
  expect(globals[PWNED]).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** Runs `action`; any error must be a TemplateError (a message for the user), never a RangeError or TypeError. */
function outcome(action: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: action() };
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return { error: (error as Error).message };
  }
}

describe("templates never run code", () => {
  it.each([
    "{{constructor.constructor('return process')()}}",
    `{{constructor.constructor("globalThis.${PWNED} = true")()}}`,
    "{{ trigger['constructor'] }}",
    "{{ process.exit() }}",
    "{{#each items}}",
    "{{ trigger.id | eval }}",
    `{{ trigger.id | eval:"globalThis.${PWNED} = true" }}`,
    "{{ trigger.id | constructor }}",
    "{{ trigger.id | __proto__ }}",
    "{{ trigger.id | toString }}",
    "{{ trigger.id | hasOwnProperty:trigger.id }}",
    "{{ trigger.id | default:(() => 1)() }}",
    "{{ trigger.id | default:`x` }}",
  ])("refuses %j with a TemplateError", (template) => {
    expect(outcome(() => render(template))).toEqual({ error: expect.any(String) });
    expect(checkTemplate(template).ok).toBe(false);
    expect(joinSegments({ segments: templateSegments({ template }) })).toBe(template);
  });

  it.each([
    ["${globalThis.__conduitPwned = true}", "${globalThis.__conduitPwned = true}"],
    ["<%= process.exit() %> {% raw %}", "<%= process.exit() %> {% raw %}"],
    [`{{ trigger.missing | default:"globalThis.${PWNED} = true" }}`, `globalThis.${PWNED} = true`],
    ['{{ trigger.missing | default:"${process.exit()}" }}', "${process.exit()}"],
    ["{{ trigger.code }}", `globalThis.${PWNED} = true`],
    ['{{ trigger.id | money:"constructor" }}', "sub_1"],
    ['{{ trigger.id | date:"__proto__" }}', "sub_1"],
    ["{{ trigger.id | default:constructor }}", "sub_1"],
    ["{{ trigger.id | default:trigger.__proto__ }}", "sub_1"],
  ])("renders %j as inert text", (template, expected) => {
    expect(outcome(() => render(template).value)).toEqual({ value: expected });
  });

  it("holds for any mix of template syntax, paths and code-like pieces", () => {
    const piece = fc.constantFrom(
      "{{",
      "}}",
      "|",
      ":",
      '"',
      "\\",
      ".",
      " ",
      "(",
      ")",
      "'",
      "`",
      "$",
      "[",
      "]",
      "trigger",
      "steps",
      "s",
      "$event",
      "__proto__",
      "constructor",
      "prototype",
      "polluted",
      "evil_key",
      "code",
      "big",
      "deep",
      "id",
      "default",
      "upper",
      "amount",
      "money",
      "date",
      "eval",
      "Function",
      "return",
      "process",
      PWNED,
      "globalThis",
      "=",
      "true",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const template = pieces.join("");
        const result = outcome(() => render(template).value);
        if ("value" in result && typeof result.value === "string") expect(result.value.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH);
        // The editor never loses what was typed.
        expect(joinSegments({ segments: templateSegments({ template }) })).toBe(template);
        checkTemplate(template);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("paths through __proto__, constructor and prototype reach nothing", () => {
  it.each([
    "{{__proto__.polluted}}",
    "{{constructor.prototype}}",
    "{{trigger.__proto__.polluted}}",
    "{{trigger.constructor.prototype.polluted}}",
    "{{trigger.prototype}}",
    "{{trigger.$event.__proto__}}",
    "{{trigger.$event.constructor}}",
    "{{trigger.constructor.constructor}}",
    "{{this.constructor}}",
    "{{steps.__proto__.polluted}}",
    "{{steps.s.__proto__.polluted}}",
    "{{steps.s.constructor}}",
    "{{steps.constructor}}",
    "{{trigger.id.constructor}}",
    "{{trigger.id.length}}",
    "{{trigger.toString}}",
    "{{trigger.hasOwnProperty}}",
    "{{trigger.__defineGetter__}}",
    "{{trigger.$event.valueOf}}",
    "{{trigger.deep.map}}",
    "{{steps.isPrototypeOf}}",
  ])("%j renders as missing", (template) => {
    expect(render(template)).toMatchObject({ value: undefined, missing: [template.slice(2, -2)] });
  });

  it("does not offer those keys in the data picker", () => {
    const [group] = buildPickerTree({ sources: [{ root: "trigger", label: "Trigger", data: { ...object, deep: undefined, big: "x" }, event }] });
    const keys = (group?.tree ?? []).map((node) => node.key);
    expect(keys).toEqual(expect.arrayContaining(["id", "evil_key"]));
    for (const forbidden of ["__proto__", "constructor", "prototype"]) expect(keys).not.toContain(forbidden);
    expect(sampleContext({ sources: [{ root: "trigger", label: "Trigger", data: object, event }] }).trigger.data.object).toBe(object);
  });
});

describe("key/value rows cannot set prototypes", () => {
  const attributes = (rows: { key: string; value: string }[]) => {
    const result = renderStepInputs({ fields: identifyPerson.inputs, mapped: { personId: "cus_1", attributes: rows }, context });
    expect(result.ok).toBe(true);
    const record = (result.ok ? result.input.attributes : undefined) as Record<string, unknown>;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    // Plain data only: what JSON gives back is what was built.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    return record;
  };

  it("skips a __proto__ key, however it is typed or rendered, and keeps constructor/prototype as plain keys", () => {
    const record = attributes([
      { key: "__proto__", value: '{"polluted":"yes"}' },
      { key: " __proto__ ", value: "yes" },
      { key: "{{trigger.evil_key}}", value: "yes" },
      { key: "constructor", value: "{{trigger.code}}" },
      { key: "prototype", value: "{{trigger.__proto__}}" },
      { key: "hasOwnProperty", value: "1" },
      { key: "plan", value: "pro" },
    ]);
    expect(Object.keys(record).sort()).toEqual(["constructor", "hasOwnProperty", "plan", "prototype"]);
    expect(record).toEqual({ constructor: `globalThis.${PWNED} = true`, hasOwnProperty: "1", plan: "pro", prototype: null });
    expect(typeof record.constructor).toBe("string");
  });

  it("refuses a __proto__ key, and mapped values PostgreSQL cannot store, when the definition is saved", () => {
    const message = (value: unknown) => {
      const parsed = mappedValueSchema.safeParse(value);
      return parsed.success ? "accepted" : parsed.error.issues[0]?.message;
    };
    expect(message([{ key: " __proto__", value: "x" }])).toBe('"__proto__" cannot be a key; rename it.');
    expect(message([{ key: "constructor", value: "x" }])).toBe("accepted");
    expect(message("a\u0000b")).toMatch(/invisible character that cannot be saved.*retype it/);
    expect(message("broken \ud83d emoji")).toMatch(/invisible character/);
    expect(message("whole \ud83d\ude00 emoji")).toBe("accepted");
    expect(message("x".repeat(TEMPLATE_LIMITS.maxLength + 1))).toBe(`A value is longer than ${TEMPLATE_LIMITS.maxLength} characters; shorten it.`);
    const inputs = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`field${index}`, "x"]));
    const definition = zapDefinitionSchema.safeParse({
      trigger: null,
      steps: [{ id: "a", app: "customerio", key: "identify_person", connectionId: null, inputs }],
    });
    expect(definition.success ? "accepted" : definition.error.issues[0]?.message).toMatch(/at most 50 fields/);
  });
});

describe("enormous inputs are refused by documented limits", () => {
  it("refuses templates over the length and token limits before doing any work", () => {
    const huge = "{{trigger.id}}".repeat(100_000);
    expect(huge.length).toBeGreaterThan(TEMPLATE_LIMITS.maxLength);
    expect(outcome(() => render(huge))).toEqual({ error: `This value is longer than ${TEMPLATE_LIMITS.maxLength} characters; shorten it.` });
    expect(outcome(() => render("x".repeat(1024 * 1024)))).toEqual({ error: expect.stringMatching(/longer than 20000 characters; shorten it/) });
    expect(outcome(() => render("{{a}}".repeat(TEMPLATE_LIMITS.maxTokens + 1)))).toEqual({
      error: `Use at most ${TEMPLATE_LIMITS.maxTokens} fields in one value.`,
    });
    expect(outcome(() => render(`{{trigger.id${" | upper".repeat(TEMPLATE_LIMITS.maxFormatters + 1)}}}`))).toEqual({
      error: expect.stringMatching(/at most 8 formatters/),
    });
    expect(outcome(() => render(`{{trigger.${"a".repeat(TEMPLATE_LIMITS.maxPathLength)}}}`))).toEqual({ error: expect.stringMatching(/is not a field path/) });
    // The editor shows a 1.4 MB template as it is, and loses nothing.
    const segments = templateSegments({ template: huge });
    expect(segments).toHaveLength(200_001);
    expect(joinSegments({ segments })).toBe(huge);
  });

  it("passes a 5 MB field through by reference, and refuses to build text longer than the rendered limit", () => {
    expect(render("{{trigger.big}}").value).toBe(BIG);
    expect(outcome(() => render("Hi {{trigger.big}}"))).toEqual({ error: `This value renders to more than ${MAX_RENDERED_LENGTH} characters.` });
    expect(outcome(() => render("{{trigger.missing | default:trigger.big}}!"))).toEqual({ error: expect.stringMatching(/renders to more than/) });
    expect(render("{{trigger.big | upper}}").value).toHaveLength(BIG.length);
  });

  it("bounds what a step's inputs add up to, so 300 rows naming one big field do not make 300 copies", () => {
    const rows = Array.from({ length: 300 }, (_, index) => ({ key: `k${index}`, value: "{{trigger.big}}" }));
    const result = renderStepInputs({ fields: identifyPerson.inputs, mapped: { personId: "cus_1", attributes: rows }, context });
    expect(result).toMatchObject({
      ok: false,
      errors: { attributes: `This step's values render to more than ${MAX_STEP_INPUT_LENGTH} characters in all; map fewer or smaller fields.` },
    });
    expect(result.raw.attributes).toBeUndefined();
    const small = Array.from({ length: 300 }, (_, index) => ({ key: `k${index}`, value: "{{trigger.id}}" }));
    expect(renderStepInputs({ fields: identifyPerson.inputs, mapped: { personId: "cus_1", attributes: small }, context })).toMatchObject({
      ok: false,
      errors: { attributes: "Attributes can have at most 298 rows." },
    });
  });
});

describe("deeply nested payloads neither overflow the stack nor hang", () => {
  it("refuses to print a value nested deeper than the limit, with a TemplateError instead of a RangeError", () => {
    expect(render("{{trigger.deep}}").value).toBe(DEEP);
    expect(outcome(() => render("deep: {{trigger.deep}}"))).toEqual({
      error: `The field trigger.deep holds data nested more than ${VALUE_LIMITS.maxDepth} levels deep; pick a field inside it instead of the whole object.`,
    });
    let inner: unknown = DEEP;
    for (let level = 0; level < 140; level += 1) inner = (inner as unknown[])[0];
    expect(render(`{{trigger.deep${".0".repeat(140)}}}`).value).toBe(inner);
    expect(render("{{ trigger.deep | upper | lower | trim | date }}").value).toBe(DEEP);
    expect(outcome(() => render("{{ trigger.deep | amount }}"))).toEqual({ error: expect.stringMatching(/needs a number, but the value is list of 1/) });
    const result = renderStepInputs({
      fields: identifyPerson.inputs,
      mapped: { personId: "cus_1", attributes: [{ key: "deep", value: "{{trigger.deep}}" }] },
      context,
    });
    expect(result).toMatchObject({ ok: false, errors: { attributes: expect.stringMatching(/nested more than 100 levels deep/) } });
    expect(JSON.stringify(result)).not.toMatch(/call stack/);
  });

  it("finds the problem in a value a million levels deep without recursion", () => {
    expect(findValueProblem({ value: nested(1_000_000) })).toEqual({ kind: "depth", path: expect.stringMatching(/^0\.0\.0/) });
    expect(findValueProblem({ value: nested(VALUE_LIMITS.maxDepth) })).toBeUndefined();
    expect(findValueProblem({ value: nested(VALUE_LIMITS.maxDepth + 1) })).toMatchObject({ kind: "depth" });
    expect(findValueProblem({ value: { a: [{ b: "ok \u0000" }] } })).toEqual({ kind: "text", path: "a.0.b" });
  });

  it("keeps the data picker within its depth and node limits, shallow fields first", () => {
    const wide = (levels: number, width: number): unknown => {
      let value: unknown = "leaf";
      for (let level = 0; level < levels; level += 1) {
        const inner = value;
        value = Object.fromEntries(Array.from({ length: width }, (_, index) => [`k${index}`, inner]));
      }
      return value;
    };
    // 60^4 ≈ 13 million paths through shared objects; a tree of them would never finish.
    const data = { deep: DEEP, wide: wide(4, 60), currency: "usd" };
    const sources = [
      { root: "trigger", label: "Trigger", data, event: { ...event, data: { object: data, previous_attributes: { deep: DEEP } } } },
      { root: "steps.s", label: "Step", data: { deep: DEEP, wide: wide(6, 200) } },
    ];
    const groups = buildPickerTree({ sources });
    for (const group of groups) {
      const nodes: { node: PickerNode; depth: number }[] = [...group.fields, ...group.tree].map((node) => ({ node, depth: 1 }));
      for (let index = 0; index < nodes.length; index += 1) {
        const { node, depth } = nodes[index] as (typeof nodes)[number];
        expect(depth).toBeLessThanOrEqual(PICKER_LIMITS.maxDepth);
        expect(node.children.length).toBeLessThanOrEqual(PICKER_LIMITS.maxKeys);
        nodes.push(...node.children.map((child) => ({ node: child, depth: depth + 1 })));
      }
      expect(nodes.length).toBeLessThanOrEqual(PICKER_LIMITS.maxNodes);
      // Breadth first: every top-level field is there, even when deeper levels ran out.
      expect(group.tree.map((node) => node.key)).toEqual(expect.arrayContaining(["deep", "wide"]));
    }
    expect(groups[0]?.tree.map((node) => node.key)).toContain("$event");
    expect(currencyPaths({ groups, near: "trigger.amount" })).toContain("trigger.currency");
    expect(searchPickerTree({ groups, query: "k1", limit: 10 })).toHaveLength(10);
    expect(describeSample({ value: DEEP })).toEqual({ key: "mapping.sample.list", values: { count: 1 } });
    expect(sampleContext({ sources }).steps.s).toBe(sources[1]?.data);
  });
});
