import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import invoicePaymentFailed from "@/lib/catalog/stripe/samples/invoice.payment_failed.json";
import { renderTemplate } from "@/lib/mapping/render-template";
import type { MappingContext } from "@/lib/mapping/resolve-path";

const context: MappingContext = {
  trigger: invoicePaymentFailed as unknown as Stripe.Event,
  steps: { totals: { totalSpent: 12345, currency: "jpy", payments: 3, nested: { deep: true } } },
};
const render = (template: string) => renderTemplate({ template, context });

describe("renderTemplate", () => {
  it.each([
    ["plain text", "plain text"],
    ["{{trigger.customer_email}}", "jenny@example.com"],
    ["Hi {{ trigger.customer_email | upper }}!", "Hi JENNY@EXAMPLE.COM!"],
    ["Due: {{trigger.amount_due | amount}}", "Due: 20.00"],
    ["Due: {{trigger.amount_due | amount:trigger.currency}} {{trigger.currency | upper}}", "Due: 20.00 USD"],
    ["{{trigger.amount_due | money:trigger.currency}}", "$20.00"],
    ["{{steps.totals.totalSpent | amount:steps.totals.currency}} yen", "12345 yen"],
    ['{{steps.totals.totalSpent | money:"jpy"}}', "¥12,345"],
    ['{{steps.totals.totalSpent | amount:"kwd"}} KWD', "12.345 KWD"],
    ["{{trigger.next_payment_attempt | date}}", "2026-09-06T10:15:04Z"],
    ['{{trigger.next_payment_attempt | date:"day"}}', "2026-09-06"],
    ["{{trigger.$event.type}} for {{trigger.$event.id}}", "invoice.payment_failed for evt_1SampleInvoicePayFailed0"],
    ['{{trigger.no_such_field | default:"there"}}', "there"],
    ['{{trigger.customer_email | default:"there"}}', "jenny@example.com"],
    ['Dear {{trigger.customer_nickname | default:"customer" | upper}}', "Dear CUSTOMER"],
    ['Dear {{trigger.customer_name | default:"customer" | upper}}', "Dear JENNY ROSEN"],
    ['{{ trigger.customer_email | default:"a|b:c \\"quoted\\"" }}', "jenny@example.com"],
    ['{{ trigger.nothing | default:"a|b:c \\"quoted\\"" }}', 'a|b:c "quoted"'],
    ["{{steps.totals.nested}} / {{steps.totals.payments}}", '{"deep":true} / 3'],
  ])("%j → %j", (template, expected) => {
    expect(render(template).value).toBe(expected);
  });

  it("keeps the type of a template that is exactly one field", () => {
    expect(render("{{trigger.attempt_count}}").value).toBe(1);
    expect(render("{{trigger.attempted}}").value).toBe(true);
    expect(render("{{steps.totals.nested}}").value).toEqual({ deep: true });
    expect(render(" {{trigger.attempt_count}}").value).toBe(" 1");
  });

  it("keeps the type a formatter gives when the template is that one field, and gives text with text around it", () => {
    expect(render("{{trigger.amount_due | amount:trigger.currency}}").value).toBe(20);
    expect(render("{{steps.totals.totalSpent | amount:steps.totals.currency}}").value).toBe(12345);
    expect(render('{{steps.totals.totalSpent | amount:"kwd"}}').value).toBe(12.345);
    expect(render('{{steps.totals.totalSpent | amount:"kwd" | round:"1"}}').value).toBe(12.3);
    expect(render("{{trigger.attempted | boolean}}").value).toBe(true);
    expect(render("{{trigger.next_payment_attempt | date | unix}}").value).toBe(render("{{trigger.next_payment_attempt}}").value);
    expect(render("{{trigger.amount_due | amount}} ").value).toBe("20.00 ");
    expect(render("{{trigger.attempt_count | number}}{{trigger.attempt_count | number}}").value).toBe("11");
  });

  it("refuses a value a typed formatter cannot convert, naming the formatter", () => {
    expect(() => render("{{trigger.customer_email | number}}")).toThrow('Text → number needs a number, but the value is "jenny@example.com"');
  });

  it("reports a missing field only when nothing filled its place, and names the fallback when it is empty too", () => {
    expect(render("{{trigger.no_such_field | default:trigger.customer_email}}")).toEqual({ value: "jenny@example.com", missing: [], empty: [] });
    expect(render("{{trigger.no_such_field | default:trigger.customer_phone}}")).toEqual({
      value: null,
      missing: ["trigger.no_such_field"],
      empty: ["trigger.no_such_field", "trigger.customer_phone"],
    });
    expect(render("{{trigger.customer_phone}}")).toEqual({ value: null, missing: [], empty: ["trigger.customer_phone"] });
  });

  it("renders a field the event lacks as empty and reports it", () => {
    expect(render("Plan: {{trigger.plan.nickname}}.")).toEqual({ value: "Plan: .", missing: ["trigger.plan.nickname"], empty: ["trigger.plan.nickname"] });
    expect(render("{{steps.unknown_step.value}}")).toEqual({ value: undefined, missing: ["steps.unknown_step.value"], empty: ["steps.unknown_step.value"] });
  });

  it("leaves empty values empty instead of inventing dates or numbers", () => {
    expect(render("{{trigger.nothing | date}}").value).toBeUndefined();
    expect(render("{{trigger.nothing | amount}}").value).toBeUndefined();
    expect(render("[{{trigger.nothing | money:trigger.currency}}]").value).toBe("[]");
  });

  it.each([
    ["{{constructor.constructor}}", undefined],
    ["{{trigger.constructor.name}}", undefined],
    ["{{trigger.__proto__.polluted}}", undefined],
    ["{{trigger.$event.constructor}}", undefined],
    ["{{steps.__proto__}}", undefined],
  ])("never reaches outside the data: %j", (template, expected) => {
    expect(render(template).value).toBe(expected);
  });

  it.each([
    ["{{ trigger.x", /not closed/],
    ["{} {{ }", /not closed/],
    ["{{}}", /is empty/],
    ["{{ process.exit() }}", /not a field path/],
    ["{{ trigger.x | eval }}", /no formatter called "eval"/],
    ["{{ trigger.x | toString }}", /no formatter called "toString"/],
    ['{{ trigger.x | default:"open }}', /closing quote/],
    ["x".repeat(20_001), /longer than 20000 characters/],
    ["{{trigger.id}}".repeat(201), /at most 200 fields/],
  ])("refuses %j with a message that says what to fix", (template, message) => {
    expect(() => render(template)).toThrow(message);
  });

  it("bounds the rendered size", () => {
    const big = { ...context, steps: { blob: { text: "x".repeat(60_000) } } };
    expect(() => renderTemplate({ template: "{{steps.blob.text}} {{steps.blob.text}}", context: big })).toThrow(/more than 100000 characters/);
  });
});
