import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { identifyPerson } from "@/lib/catalog/customerio/actions/identify-person";
import subscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import { renderStepInputs } from "@/lib/mapping/render-step-inputs";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const context: MappingContext = { trigger: subscriptionDeleted as unknown as Stripe.Event, steps: {} };
const fields = identifyPerson.inputs;

describe("renderStepInputs", () => {
  it("renders templates and key/value rows into the action's validated input", () => {
    const result = renderStepInputs({
      fields,
      mapped: {
        personId: "{{trigger.customer}}",
        attributes: [
          { key: "subscription_status", value: "{{trigger.status}}" },
          { key: "canceled_at", value: '{{trigger.canceled_at | date:"day"}}' },
          { key: "", value: "ignored: no name" },
          { key: "plan", value: "{{trigger.no_such_field}}" },
        ],
      },
      context,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({ personId: (subscriptionDeleted.data.object as { customer: string }).customer });
    expect(result.input.attributes).toMatchObject({ subscription_status: "canceled", plan: null });
    expect(String(result.input.attributes?.canceled_at)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.missing).toEqual(["trigger.no_such_field"]);
  });

  it("reports each field that fails validation, in the action's words", () => {
    const result = renderStepInputs({ fields, mapped: { personId: "{{trigger.no_such_field}}" }, context });
    expect(result).toMatchObject({ ok: false, errors: { personId: expect.stringMatching(/required/) }, missing: ["trigger.no_such_field"] });
  });

  it("reports a malformed template against its field", () => {
    const result = renderStepInputs({ fields, mapped: { personId: "{{trigger.customer" }, context });
    expect(result).toMatchObject({ ok: false, errors: { personId: expect.stringMatching(/not closed/) } });
  });

  it("ignores mapped values for fields the action does not have, and cannot pollute prototypes", () => {
    const mapped = JSON.parse('{"personId":"cus_1","__proto__":{"polluted":"yes"},"attributes":[{"key":"__proto__","value":"x"}]}');
    const result = renderStepInputs({ fields, mapped, context });
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.raw).not.toHaveProperty("__proto__.polluted");
  });

  it("treats a key/value field whose rows were all removed as empty", () => {
    const result = renderStepInputs({ fields, mapped: { personId: "cus_1", attributes: [] }, context });
    expect(result).toMatchObject({ ok: true, input: { personId: "cus_1", attributes: undefined } });
  });
});
