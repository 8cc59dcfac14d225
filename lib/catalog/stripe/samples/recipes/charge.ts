import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture, type DeepPartial } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

const { ids, times, person, prices } = story;

/** charge.succeeded (the first Starter payment) and charge.failed (the declined retry of the Pro renewal). */
export function chargeSamples(resources: FixtureResources): SampleEvent[] {
  const both: DeepPartial<Stripe.Charge> = {
    customer: ids.customer,
    payment_method: ids.paymentMethod,
    receipt_email: person.email,
    billing_details: { email: person.email, name: person.name, address: { country: "US", postal_code: "94102" } },
    // A card payment through a payment method has no legacy source, transfer or shipping; nor a wallet or 3-D Secure here.
    source: null,
    transfer_data: null,
    shipping: null,
    payment_method_details: { card: { wallet: null, three_d_secure: null, installments: null } },
  };
  const charge = (overrides: DeepPartial<Stripe.Charge>) => fromFixture<Stripe.Charge>(fixtureOf(resources, "charge"), both, overrides);

  const succeeded = charge({
    id: ids.firstCharge,
    payment_intent: ids.firstPaymentIntent,
    amount: prices.starter.amount,
    amount_captured: prices.starter.amount,
    captured: true,
    paid: true,
    status: "succeeded",
    created: times.firstCharged,
    description: "Subscription creation",
    balance_transaction: ids.firstBalanceTransaction,
    receipt_url: story.urls.firstReceipt,
    outcome: { network_status: "approved_by_network", reason: null, seller_message: "Payment complete.", type: "authorized" },
    payment_method_details: { card: { amount_authorized: prices.starter.amount, overcapture: { maximum_amount_capturable: prices.starter.amount } } },
  });
  const failed = charge({
    id: ids.declinedCharge,
    payment_intent: ids.renewalPaymentIntent,
    amount: prices.pro.amount,
    amount_captured: 0,
    captured: false,
    paid: false,
    status: "failed",
    created: times.renewalDeclined,
    description: "Subscription update",
    balance_transaction: null,
    receipt_url: null,
    failure_code: "card_declined",
    failure_message: "Your card was declined.",
    outcome: {
      network_status: "declined_by_network",
      reason: "generic_decline",
      seller_message: "The bank did not return any further details with this decline.",
      type: "issuer_declined",
    },
    payment_method_details: { card: { overcapture: { maximum_amount_capturable: prices.pro.amount } } },
    refunds: { url: `/v1/charges/${ids.declinedCharge}/refunds` },
  });

  return [
    eventEnvelope(resources, { id: "evt_1SampleChargeSucceeded0", type: "charge.succeeded", created: times.firstCharged, object: succeeded }),
    eventEnvelope(resources, { id: "evt_1SampleChargeFailed00000", type: "charge.failed", created: times.renewalDeclined, object: failed }),
  ];
}
