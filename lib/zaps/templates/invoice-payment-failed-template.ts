import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const invoicePaymentFailedTemplate: ZapTemplate = {
  key: "invoice-payment-failed",
  name: "Invoice payment failed → dunning event",
  description:
    "Tracks an invoice_payment_failed event with the attempt count and the link where the customer can pay, to drive a dunning campaign that escalates with each failed attempt.",
  definition: {
    trigger: { app: "stripe", key: "invoice_payment_failed", connectionId: null, options: {} },
    filter: null,
    steps: [
      {
        id: "event",
        app: "customerio",
        key: "track_event",
        connectionId: null,
        inputs: {
          personId: "{{trigger.customer}}",
          name: "invoice_payment_failed",
          data: [
            { key: "attempt_count", value: "{{trigger.attempt_count}}" },
            { key: "hosted_invoice_url", value: "{{trigger.hosted_invoice_url}}" },
            { key: "amount_due", value: "{{trigger.amount_due | amount:trigger.currency}}" },
            { key: "currency", value: "{{trigger.currency | upper}}" },
            { key: "invoice_number", value: "{{trigger.number}}" },
            { key: "next_payment_attempt", value: "{{trigger.next_payment_attempt | date}}" },
          ],
        },
      },
    ],
  },
};
