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
    const result = renderStepInputs({ fields, mapped: { personId: "cus_1", createdAt: "last week" }, context });
    expect(result).toMatchObject({ ok: false, errors: { createdAt: expect.stringMatching(/^Created at must be a date/) } });
    expect(renderStepInputs({ fields, mapped: {}, context })).toMatchObject({ ok: false, errors: { personId: "Person ID or email is required." } });
  });

  it("says which mapped field had no value when a required field renders empty", () => {
    const labelFor = (path: string) => ({ "trigger.customer": "Customer ID", "steps.charge.billing_details.email": "Billing email" })[path];
    const noCustomer: MappingContext = {
      trigger: { ...context.trigger, data: { object: { ...context.trigger.data.object, customer: null } } } as Stripe.Event,
      steps: {},
    };
    expect(renderStepInputs({ fields, mapped: { personId: "{{trigger.customer}}" }, context: noCustomer, labelFor })).toMatchObject({
      ok: false,
      errors: { personId: "Person ID or email is empty: Customer ID (trigger.customer) has no value in this event." },
      missing: [],
    });
    const withFallback = { personId: "{{trigger.customer | default:steps.charge.billing_details.email}}" };
    expect(renderStepInputs({ fields, mapped: withFallback, context: noCustomer, labelFor })).toMatchObject({
      ok: false,
      errors: {
        personId:
          "Person ID or email is empty: Customer ID (trigger.customer) and Billing email (steps.charge.billing_details.email) have no value in this event.",
      },
      missing: ["steps.charge.billing_details.email"],
    });
    const fallbackContext = { ...noCustomer, steps: { charge: { billing_details: { email: "jenny@example.com" } } } };
    expect(renderStepInputs({ fields, mapped: withFallback, context: fallbackContext, labelFor })).toMatchObject({
      ok: true,
      input: { personId: "jenny@example.com" },
      missing: [],
    });
    // Without labels, the path alone.
    expect(renderStepInputs({ fields, mapped: { personId: "{{trigger.no_such_field}}" }, context })).toMatchObject({
      ok: false,
      errors: { personId: "Person ID or email is empty: trigger.no_such_field has no value in this event." },
      missing: ["trigger.no_such_field"],
    });
  });

  it("sends a lone typed token's number or boolean as it is, and text around it as text", () => {
    const totals: MappingContext = { ...context, steps: { totals: { total: 10700, currency: "usd", count: "3", vip: "yes" } } };
    const result = renderStepInputs({
      fields,
      mapped: {
        personId: "cus_1",
        attributes: [
          { key: "total_spent", value: "{{steps.totals.total | amount:steps.totals.currency}}" },
          { key: "payment_count", value: "{{steps.totals.count | number}}" },
          { key: "vip", value: "{{steps.totals.vip | boolean}}" },
          { key: "summary", value: "{{steps.totals.total | amount:steps.totals.currency}} {{steps.totals.currency | upper}}" },
          { key: "raw_total", value: "{{steps.totals.total}}" },
        ],
      },
      context: totals,
    });
    expect(result).toMatchObject({
      ok: true,
      input: { attributes: { total_spent: 107, payment_count: 3, vip: true, summary: "107.00 USD", raw_total: 10700 } },
    });
  });

  it("fails the field whose typed formatter cannot convert the value, saying why", () => {
    const result = renderStepInputs({ fields, mapped: { personId: "cus_1", attributes: [{ key: "total", value: "{{trigger.status | number}}" }] }, context });
    expect(result).toMatchObject({
      ok: false,
      errors: { attributes: 'Text → number needs a number, but the value is "canceled": pick a numeric field or remove the formatter.' },
    });
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
