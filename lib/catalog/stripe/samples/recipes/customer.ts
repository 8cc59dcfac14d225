import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

/** customer.created: Jenny signs up in the merchant's app, which creates her Stripe customer. */
export function customerSamples(resources: FixtureResources): SampleEvent[] {
  const customer = fromFixture<Stripe.Customer>(fixtureOf(resources, "customer"), {
    id: story.ids.customer,
    created: story.times.customerCreated,
    email: story.person.email,
    name: story.person.name,
    metadata: { app_user_id: story.person.appUserId },
    // A new customer has no currency until their first payment, and no discount or shipping yet.
    currency: null,
    discount: null,
    shipping: null,
  });
  return [
    eventEnvelope(resources, {
      id: "evt_1SampleCustomerCreated00",
      type: "customer.created",
      created: story.times.customerCreated,
      object: customer,
      request: { id: "req_SampleCreateCus", idempotency_key: "signup-user_1042" },
    }),
  ];
}
