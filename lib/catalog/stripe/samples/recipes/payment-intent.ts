import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture, type DeepPartial } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

const { ids, times, person, prices } = story;

/**
 * payment_intent.succeeded (the first Starter payment, with its charge) and
 * payment_intent.payment_failed (the Pro renewal failing card authentication: no charge was made).
 */
export function paymentIntentSamples(resources: FixtureResources): SampleEvent[] {
  const both: DeepPartial<Stripe.PaymentIntent> = {
    customer: ids.customer,
    receipt_email: person.email,
    // Placeholders in the fixture for states and features these payments do not have.
    automatic_payment_methods: null,
    canceled_at: null,
    next_action: null,
    processing: null,
    managed_payments: { enabled: false },
    payment_method_configuration_details: null,
    transfer_data: null,
    shipping: null,
  };
  const intent = (overrides: DeepPartial<Stripe.PaymentIntent>) => fromFixture<Stripe.PaymentIntent>(fixtureOf(resources, "payment_intent"), both, overrides);

  const succeeded = intent({
    id: ids.firstPaymentIntent,
    client_secret: `${ids.firstPaymentIntent}_secret_SampleFirstPayment`,
    amount: prices.starter.amount,
    amount_received: prices.starter.amount,
    created: times.firstPaymentCreated,
    description: "Subscription creation",
    status: "succeeded",
    latest_charge: ids.firstCharge,
    last_payment_error: null,
    payment_method: ids.paymentMethod,
  });
  const failed = intent({
    id: ids.renewalPaymentIntent,
    client_secret: `${ids.renewalPaymentIntent}_secret_SampleRenewal`,
    amount: prices.pro.amount,
    amount_received: 0,
    created: times.renewalFinalized,
    description: "Subscription update",
    status: "requires_payment_method",
    latest_charge: null,
    // The fixture's error holds only a placeholder type; these are the fields Stripe's types and
    // documentation give an authentication failure.
    last_payment_error: {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      doc_url: "https://docs.stripe.com/error-codes/payment-intent-authentication-failure",
      message:
        "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
    },
    payment_method: null,
  });

  return [
    eventEnvelope(resources, { id: "evt_1SampleIntentSucceeded0", type: "payment_intent.succeeded", created: times.firstCharged, object: succeeded }),
    eventEnvelope(resources, {
      id: "evt_1SampleIntentFailed00000",
      type: "payment_intent.payment_failed",
      created: times.renewalAuthenticationFailed,
      object: failed,
    }),
  ];
}
