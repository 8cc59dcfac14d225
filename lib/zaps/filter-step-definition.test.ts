import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";
import { zapDefinitionSchema, type ZapDefinition } from "@/lib/zaps/schema";

const englishText = await translator();

const STRIPE = { id: "00000000-0000-7000-8000-000000000001", app: "stripe", status: "ACTIVE", label: "Stripe" };
const CIO = { id: "00000000-0000-7000-8000-000000000002", app: "customerio", status: "ACTIVE", label: "Customer.io" };
const trigger = { app: "stripe" as const, key: "payment_succeeded", connectionId: STRIPE.id, options: {} };
const totals = { id: "totals", app: "stripe", key: "customer_payment_totals", connectionId: STRIPE.id, inputs: { customerId: "{{trigger.customer}}" } };
const person = { id: "person", app: "customerio", key: "identify_person", connectionId: CIO.id, inputs: { personId: "{{trigger.customer}}" } };
const overHundred = (field = "steps.totals.main_currency_total_spent | amount:steps.totals.main_currency") => ({
  groups: [{ rules: [{ field, operator: "greater_than" as const, value: "100" }] }],
});

describe("filter steps in a zap definition", () => {
  it("reads an older definition (only the filter after the trigger, steps without a kind) exactly as it was stored", () => {
    const stored = {
      trigger,
      filter: { groups: [{ rules: [{ field: "trigger.amount", operator: "greater_than", value: "5000" }] }] },
      steps: [totals, person],
    };
    expect(zapDefinitionSchema.parse(stored)).toEqual(stored);
    expect(zapDefinitionSchema.parse({ trigger: null })).toEqual({ trigger: null, filter: null, steps: [] });
  });

  it("holds a filter step among the steps, and refuses one without its kind's shape", () => {
    const definition = { trigger, filter: null, steps: [totals, { id: "big", kind: "filter", filter: overHundred() }, person] };
    expect(zapDefinitionSchema.parse(definition)).toEqual(definition);
    expect(zapDefinitionSchema.safeParse({ ...definition, steps: [{ id: "big", kind: "filter" }] }).success).toBe(false);
    expect(zapDefinitionSchema.safeParse({ ...definition, steps: [{ id: "Big!", kind: "filter", filter: overHundred() }] }).success).toBe(false);
  });

  it("publishes a filter on an earlier step's output", () => {
    const definition: ZapDefinition = { trigger, filter: null, steps: [totals, { id: "big", kind: "filter", filter: overHundred() }, person] };
    expect(validateZapDefinition({ definition, connections: [STRIPE, CIO], t: englishText })).toEqual([]);
  });

  it("refuses a filter that reads a later step, in its field or its value, and one without rules", () => {
    const later: ZapDefinition = { trigger, filter: null, steps: [{ id: "big", kind: "filter", filter: overHundred() }, totals, person] };
    expect(validateZapDefinition({ definition: later, connections: [STRIPE, CIO], t: englishText })).toEqual([
      { where: "big", message: "Filter group 1, rule 1 uses a step that does not come before this filter (totals)." },
    ]);
    const inValue: ZapDefinition = {
      trigger,
      filter: null,
      steps: [
        {
          id: "big",
          kind: "filter",
          filter: { groups: [{ rules: [{ field: "trigger.amount", operator: "greater_than", value: "{{steps.person.personId}}" }] }] },
        },
        totals,
        person,
      ],
    };
    expect(validateZapDefinition({ definition: inValue, connections: [STRIPE, CIO], t: englishText })).toEqual([
      { where: "big", message: "Filter group 1, rule 1 uses a step that does not come before this filter (person)." },
    ]);
    const empty: ZapDefinition = { trigger, filter: null, steps: [totals, { id: "big", kind: "filter", filter: { groups: [] } }, person] };
    expect(validateZapDefinition({ definition: empty, connections: [STRIPE, CIO], t: englishText })).toEqual([
      { where: "big", message: "This filter has no rules: add one, or remove the filter." },
    ]);
  });

  it("still needs an action: filters alone are not enough", () => {
    const definition: ZapDefinition = { trigger, filter: null, steps: [{ id: "big", kind: "filter", filter: overHundred("trigger.amount") }] };
    expect(validateZapDefinition({ definition, connections: [STRIPE, CIO], t: englishText })).toEqual([
      { where: "steps", message: "Add at least one action." },
    ]);
  });
});
