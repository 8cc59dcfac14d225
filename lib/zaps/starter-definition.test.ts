import { describe, expect, it } from "vitest";
import { EMPTY_ZAP_DEFINITION, zapDefinitionSchema } from "@/lib/zaps/schema";
import { starterDefinition } from "@/lib/zaps/starter-definition";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

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
    expect(both).toMatchObject({ name: "New customer → Customer payment totals", definition: { trigger: { key: "new_customer" }, steps: [{ id: "customer_payment_totals", app: "stripe" }] } });
    if (!("error" in both)) expect(zapDefinitionSchema.safeParse(both.definition).success).toBe(true);
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
    expect(starterDefinition(query)).toEqual({ error });
  });
});
