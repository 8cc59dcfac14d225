import { connectionLabelField } from "@/lib/catalog/connection-label-field";
import { field } from "@/lib/catalog/field";
import { stripeConnectionInputSchema } from "@/lib/catalog/stripe/connection/stripe-connection-schema";

/** The Connect Stripe form. */
export const stripeConnectionFields = {
  secretKey: field.secret({
    label: "Secret or restricted key",
    required: true,
    example: "sk_test_… or rk_live_…",
    help:
      "In Stripe, open **Developers → API keys** ([test keys](https://dashboard.stripe.com/test/apikeys), [live keys](https://dashboard.stripe.com/apikeys)). " +
      "A test key (sk_test_…) sees only test data: use it to try Conduit, then connect a live key for real customers.\n\n" +
      "A restricted key (rk_…) is safer: give it *Read* on Customers, Charges, Subscriptions, Invoices and Events, and *Write* on Webhook endpoints.",
    // parseStripeKey names the usual mix-ups (a publishable key, a signing secret, a key cut short).
    schema: stripeConnectionInputSchema.shape.secretKey,
  }),
  label: connectionLabelField({ help: "How this account appears in Conduit. Defaults to its name in Stripe." }),
};
