import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const paymentTotalsTemplate: ZapTemplate = {
  key: "payment-totals",
  name: "Payment succeeded → keep lifetime value up to date",
  description:
    "After each payment, adds up what the customer has paid in Stripe and stores the last payment, total spent and number of payments on the person, as numbers, for segments such as total_spent > 100.",
  definition: {
    trigger: { app: "stripe", key: "payment_succeeded", connectionId: null, options: {} },
    filter: null,
    steps: [
      { id: "totals", app: "stripe", key: "customer_payment_totals", connectionId: null, inputs: { customerId: "{{trigger.customer}}" } },
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: null,
        inputs: {
          personId: "{{trigger.customer}}",
          // A payment intent event has no billing details: its receipt email is next best.
          email: "{{trigger.billing_details.email | default:trigger.receipt_email}}",
          attributes: [
            { key: "last_payment_amount", value: "{{trigger.amount | amount:trigger.currency}}" },
            { key: "last_payment_at", value: "{{trigger.created | date}}" },
            { key: "total_spent", value: "{{steps.totals.main_currency_total_spent | amount:steps.totals.main_currency}}" },
            { key: "total_spent_currency", value: "{{steps.totals.main_currency | upper}}" },
            { key: "payment_count", value: "{{steps.totals.successful_payments}}" },
          ],
        },
      },
    ],
  },
};
