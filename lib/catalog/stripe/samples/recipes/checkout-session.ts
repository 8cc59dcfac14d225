import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

const { ids, times, person, prices } = story;

/** checkout.session.completed: Jenny, already a customer, pays for Starter in a subscription Checkout. */
export function checkoutSessionSamples(resources: FixtureResources): SampleEvent[] {
  const session = fromFixture<Stripe.Checkout.Session>(fixtureOf(resources, "checkout.session"), {
    id: ids.checkoutSession,
    created: times.checkoutCreated,
    expires_at: times.checkoutCreated + 86_400,
    mode: "subscription",
    status: "complete",
    payment_status: "paid",
    client_reference_id: person.appUserId,
    metadata: { app_user_id: person.appUserId },
    // Created for an existing customer, so customer_email stays null and the details hold what she entered.
    customer: ids.customer,
    customer_details: { email: person.email, name: person.name, address: { country: "US", postal_code: "94102" }, tax_ids: [] },
    subscription: ids.subscription,
    invoice: ids.firstInvoice,
    // In subscription mode the payment intent belongs to the invoice, not to the session.
    payment_intent: null,
    amount_subtotal: prices.starter.amount,
    amount_total: prices.starter.amount,
    currency: "usd",
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    discounts: [],
    // A completed session has no URL left to visit.
    url: null,
    invoice_creation: { enabled: false },
    // Placeholders in the fixture for features this session does not use.
    after_expiration: null,
    collected_information: { shipping_details: null },
    consent: null,
    consent_collection: null,
    currency_conversion: null,
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    managed_payments: { enabled: false },
    payment_method_configuration_details: null,
    shipping_address_collection: null,
    shipping_cost: null,
  });
  return [
    eventEnvelope(resources, { id: "evt_1SampleCheckoutDone00000", type: "checkout.session.completed", created: times.checkoutCompleted, object: session }),
  ];
}
