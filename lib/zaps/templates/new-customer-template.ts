import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const newCustomerTemplate: ZapTemplate = {
  key: "new-customer",
  name: "New customer → create the person",
  description: "Adds every new Stripe customer to Customer.io with their email, name, country and sign-up date, so onboarding campaigns can reach them.",
  definition: {
    trigger: { app: "stripe", key: "new_customer", connectionId: null, options: {} },
    filter: null,
    steps: [
      {
        id: "person",
        app: "customerio",
        key: "identify_person",
        connectionId: null,
        inputs: {
          personId: "{{trigger.id}}",
          email: "{{trigger.email}}",
          createdAt: "{{trigger.created}}",
          attributes: [
            { key: "name", value: "{{trigger.name}}" },
            { key: "country", value: "{{trigger.address.country}}" },
            { key: "stripe_customer_id", value: "{{trigger.id}}" },
          ],
        },
      },
    ],
  },
};
