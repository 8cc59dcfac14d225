import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const checkoutReceiptTemplate: ZapTemplate = {
  key: "checkout-receipt",
  name: "Checkout completed → update the person and email a receipt",
  description:
    "Creates or updates the buyer in Customer.io and sends them a receipt from a transactional message, guests included (they are identified by email).",
  setup:
    'Create a transactional message in Customer.io whose trigger name is "receipt" (or put its number in the Transactional message field), and add an App API key to your Customer.io connection.',
  definition: {
    trigger: { app: "stripe", key: "checkout_session_completed", connectionId: null, options: { onlyWhenPaid: true } },
    filter: null,
    steps: [
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: null,
        inputs: {
          // Guest checkouts create no Stripe customer: their email identifies them instead.
          personId: "{{trigger.customer | default:trigger.customer_details.email}}",
          email: "{{trigger.customer_details.email}}",
          attributes: [
            { key: "name", value: "{{trigger.customer_details.name}}" },
            { key: "last_checkout_at", value: "{{trigger.created | date}}" },
          ],
        },
      },
      {
        id: "receipt",
        app: "customerio",
        key: "send_transactional_email",
        connectionId: null,
        inputs: {
          transactionalMessageId: "receipt",
          to: "{{trigger.customer_details.email}}",
          identifierType: "email",
          identifier: "{{trigger.customer_details.email}}",
          messageData: [
            { key: "customer_name", value: "{{trigger.customer_details.name}}" },
            { key: "amount", value: "{{trigger.amount_total | money:trigger.currency}}" },
            { key: "checkout_session_id", value: "{{trigger.id}}" },
            { key: "paid_at", value: "{{trigger.created | date}}" },
          ],
        },
      },
    ],
  },
};
