import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const paymentFailedTemplate: ZapTemplate = {
  key: "payment-failed",
  name: "Payment failed → track payment_failed",
  description:
    "Tracks a payment_failed event with the amount, the currency and Stripe's failure message, so Customer.io can ask the customer to update their card.",
  definition: {
    trigger: { app: "stripe", key: "payment_failed", connectionId: null, options: {} },
    filter: null,
    steps: [
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: null,
        inputs: {
          personId: "{{trigger.customer}}",
          name: "payment_failed",
          data: [
            { key: "amount", value: "{{trigger.amount | amount:trigger.currency}}" },
            { key: "currency", value: "{{trigger.currency | upper}}" },
            { key: "failure_message", value: "{{trigger.failure_message}}" },
            { key: "failure_code", value: "{{trigger.failure_code}}" },
            { key: "payment_id", value: "{{trigger.id}}" },
          ],
        },
      },
    ],
  },
};
