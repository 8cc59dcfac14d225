import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { samples } from "@/lib/catalog/stripe/testing/all-samples";
import { translator } from "@/lib/i18n/translator";
import { triggerSampleLabel } from "@/lib/zaps/trigger-sample-label";

const t = await translator();
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const at = (secondsAgo: number, event: Stripe.Event): Stripe.Event => ({ ...event, created: NOW / 1000 - secondsAgo });

describe("triggerSampleLabel", () => {
  it.each([
    ["an invoice: its customer's email and the amount paid", at(3 * 86_400, samples.invoicePaid), "invoice.paid · jenny@example.com · $10.00 · 3 days ago"],
    ["a charge: the receipt email and its amount", at(90, samples.chargeFailed), "charge.failed · jenny@example.com · $20.00 · 1 minute ago"],
    ["a customer: its own email", at(5, samples.customerCreated), "customer.created · jenny@example.com · just now"],
    [
      "a checkout session: the customer details and the total",
      at(2 * 3_600, samples.checkoutSessionCompleted),
      "checkout.session.completed · jenny@example.com · $10.00 · 2 hours ago",
    ],
    [
      "a subscription: the customer's id",
      at(86_400 + 10, samples.customerSubscriptionDeleted),
      "customer.subscription.deleted · cus_QXg1o8vcGmoR32 · yesterday",
    ],
  ])("describes %s", (_name, event, label) => {
    expect(triggerSampleLabel({ event, now: NOW, t })).toBe(label);
  });

  it("formats zero-decimal currencies whole", () => {
    const invoice = samples.invoicePaid;
    const event = { ...at(60, invoice), data: { ...invoice.data, object: { ...invoice.data.object, amount_paid: 5000, currency: "jpy" } } } as Stripe.Event;
    expect(triggerSampleLabel({ event, now: NOW, t })).toBe("invoice.paid · jenny@example.com · ¥5,000 · 1 minute ago");
  });

  it("writes the amount and the time in the viewer's language", async () => {
    const portuguese = await translator({ locale: "pt-BR" });
    const label = (secondsAgo: number, event: Stripe.Event) => triggerSampleLabel({ event: at(secondsAgo, event), now: NOW, locale: "pt-BR", t: portuguese });
    expect(label(3 * 86_400, samples.invoicePaid)).toBe("invoice.paid · jenny@example.com · US$\u00a010,00 · há 3 dias");
    expect(label(5, samples.customerCreated)).toBe("customer.created · jenny@example.com · agora mesmo");
  });
});
