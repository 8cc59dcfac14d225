import { describe, expect, it } from "vitest";
import { EMPTY_ZAP_DEFINITION, zapDefinitionSchema } from "@/lib/zaps/schema";
import { starterDefinition } from "@/lib/zaps/starter-definition";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";
import { translator } from "@/lib/i18n/translator";
import { starterProblemText } from "@/lib/zaps/starter-problem";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";
import { isFilterStep } from "@/lib/zaps/is-filter-step";
import type { StepConfig } from "@/lib/zaps/schema";

const englishText = await translator();

const STRIPE = { id: "00000000-0000-7000-8000-000000000001", app: "stripe", status: "ACTIVE", label: "Stripe" };
const CUSTOMERIO = { id: "00000000-0000-7000-8000-000000000002", app: "customerio", status: "ACTIVE", label: "Customer.io" };

describe("starterDefinition", () => {
  it("is an empty untitled zap without parameters (empty ones included)", () => {
    expect(starterDefinition({})).toEqual({ name: "Untitled zap", definition: EMPTY_ZAP_DEFINITION });
    expect(starterDefinition({ template: "", trigger: " " })).toEqual({ name: "Untitled zap", definition: EMPTY_ZAP_DEFINITION });
  });

  it("opens every template as a copy the wizard may change", () => {
    for (const template of zapTemplates) {
      const started = starterDefinition({ template: template.key });
      expect(started).toEqual({ name: template.name, definition: template.definition });
      if ("error" in started) continue;
      started.definition.steps.pop();
      expect(template.definition.steps.length).toBeGreaterThan(started.definition.steps.length);
    }
  });

  it("starts from a trigger, a step, or both", () => {
    expect(starterDefinition({ trigger: "payment_failed" })).toEqual({
      name: "Payment failed",
      definition: { trigger: { app: "stripe", key: "payment_failed", connectionId: null, options: {} }, filter: null, steps: [] },
    });
    expect(starterDefinition({ step: "customerio.send_transactional_email" })).toEqual({
      name: "Send transactional email",
      definition: {
        trigger: null,
        filter: null,
        steps: [{ id: "send_transactional_email", app: "customerio", key: "send_transactional_email", connectionId: null, inputs: {} }],
      },
    });
    const both = starterDefinition({ trigger: "new_customer", step: "stripe.customer_payment_totals" });
    expect(both).toMatchObject({
      name: "New customer → Customer payment totals",
      definition: { trigger: { key: "new_customer" }, steps: [{ id: "customer_payment_totals", app: "stripe" }] },
    });
    if (!("error" in both)) expect(zapDefinitionSchema.safeParse(both.definition).success).toBe(true);
  });

  it.each(zapTemplates.map((template) => [template.key] as const))("opens template %s with the user's only connections, ready to publish", (key) => {
    const started = starterDefinition({ template: key, connections: [STRIPE, CUSTOMERIO] });
    if ("error" in started) throw new Error(JSON.stringify(started.error));
    const { trigger } = started.definition;
    const steps = started.definition.steps.filter((step): step is StepConfig => !isFilterStep(step));
    expect([trigger?.connectionId, ...steps.map((step) => step.connectionId)]).toEqual([
      STRIPE.id,
      ...steps.map((step) => (step.app === "stripe" ? STRIPE.id : CUSTOMERIO.id)),
    ]);
    expect(validateZapDefinition({ definition: started.definition, connections: [STRIPE, CUSTOMERIO], t: englishText })).toEqual([]);
  });

  it("leaves the connection to the user when they have two of an app, or the only one is not working", () => {
    const second = { ...CUSTOMERIO, id: "00000000-0000-7000-8000-000000000003" };
    const started = starterDefinition({ template: "payment-totals", connections: [STRIPE, CUSTOMERIO, second] });
    expect(started).toMatchObject({ definition: { trigger: { connectionId: STRIPE.id }, steps: [{ connectionId: STRIPE.id }, { connectionId: null }] } });
    const broken = starterDefinition({ trigger: "payment_failed", step: "customerio.track_event", connections: [{ ...STRIPE, status: "ERROR" }, CUSTOMERIO] });
    expect(broken).toMatchObject({ definition: { trigger: { connectionId: null }, steps: [{ connectionId: CUSTOMERIO.id }] } });
  });

  it("starts a dispute zap with Get charge, and maps the person from the charge", () => {
    expect(starterDefinition({ trigger: "new_dispute" })).toMatchObject({
      definition: { steps: [{ id: "charge", app: "stripe", key: "get_charge", inputs: { chargeId: "{{trigger.charge}}" } }] },
    });
    const started = starterDefinition({ trigger: "new_dispute", step: "customerio.identify_person", connections: [STRIPE, CUSTOMERIO] });
    if ("error" in started) throw new Error(JSON.stringify(started.error));
    expect(started.definition.steps).toEqual([
      { id: "charge", app: "stripe", key: "get_charge", connectionId: STRIPE.id, inputs: { chargeId: "{{trigger.charge}}" } },
      {
        id: "identify_person",
        app: "customerio",
        key: "identify_person",
        connectionId: CUSTOMERIO.id,
        inputs: {
          personId: "{{steps.charge.customer | default:steps.charge.billing_details.email}}",
          email: "{{steps.charge.billing_details.email | default:steps.charge.receipt_email}}",
        },
      },
    ]);
    expect(validateZapDefinition({ definition: started.definition, connections: [STRIPE, CUSTOMERIO], t: englishText })).toEqual([]);
    // Get charge chosen as the step is not added twice.
    expect(starterDefinition({ trigger: "new_dispute", step: "stripe.get_charge" })).toMatchObject({ definition: { steps: [{ key: "get_charge" }] } });
    if (!("error" in started)) expect(zapDefinitionSchema.safeParse(started.definition).success).toBe(true);
  });

  it("maps the person and their email into a Customer.io step from the trigger's event", () => {
    expect(starterDefinition({ trigger: "payment_succeeded", step: "customerio.send_transactional_email" })).toMatchObject({
      definition: {
        steps: [
          {
            key: "send_transactional_email",
            inputs: {
              to: "{{trigger.billing_details.email | default:trigger.receipt_email}}",
              identifierType: "email",
              identifier: "{{trigger.billing_details.email | default:trigger.receipt_email}}",
            },
          },
        ],
      },
    });
    expect(starterDefinition({ trigger: "subscription_canceled", step: "customerio.track_event" })).toMatchObject({
      definition: { steps: [{ key: "track_event", inputs: { personId: "{{trigger.customer}}" } }] },
    });
  });

  it.each([
    [{ template: "made-up" }, 'There is no template called "made-up". Pick one on the Templates page.'],
    [{ template: "payment-failed", trigger: "payment_failed" }, "Start from a template, or from a trigger and a step, not both."],
    [{ trigger: "made_up" }, 'There is no Stripe trigger called "made_up". Pick one on the Apps page.'],
    [{ trigger: "customer_payment_totals" }, 'There is no Stripe trigger called "customer_payment_totals". Pick one on the Apps page.'],
    [{ step: "track_event" }, '"track_event" is not a step: use <app>.<action>, for example customerio.track_event.'],
    [{ step: "customerio.track_event.extra" }, '"customerio.track_event.extra" is not a step: use <app>.<action>, for example customerio.track_event.'],
    [{ step: "mailchimp.subscribe" }, 'There is no app called "mailchimp". Pick a step on the Apps page.'],
    [{ step: "customerio.made_up" }, 'Customer.io has no action or lookup called "made_up". Pick one on the Apps page.'],
    [{ step: "stripe.payment_failed" }, '"Payment failed" is a trigger, not a step: open it with ?trigger=payment_failed.'],
  ])("refuses %j with a clear error", (query, error) => {
    const started = starterDefinition(query);
    expect("error" in started && starterProblemText({ t: englishText, problem: started.error })).toBe(error);
  });

  it("words its refusals in Portuguese too", async () => {
    const started = starterDefinition({ step: "customerio.made_up" });
    expect("error" in started && starterProblemText({ t: await translator({ locale: "pt-BR" }), problem: started.error })).toBe(
      "Customer.io não tem uma ação ou consulta chamada “made_up”. Escolha uma na página Apps.",
    );
  });
});
