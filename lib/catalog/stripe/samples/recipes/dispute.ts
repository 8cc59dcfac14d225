import type Stripe from "stripe";
import { eventEnvelope, type SampleEvent } from "@/lib/catalog/stripe/samples/event-envelope";
import { fixtureOf } from "@/lib/catalog/stripe/samples/fixture-of";
import type { FixtureResources } from "@/lib/catalog/stripe/samples/fixture-resources";
import { fromFixture } from "@/lib/catalog/stripe/samples/from-fixture";
import { story } from "@/lib/catalog/stripe/samples/sample-story";

const { ids, times, prices } = story;

/** charge.dispute.created: Jenny's bank opens a fraud chargeback on her first payment. */
export function disputeSamples(resources: FixtureResources): SampleEvent[] {
  const dispute = fromFixture<Stripe.Dispute>(fixtureOf(resources, "dispute"), {
    id: ids.dispute,
    // As in every webhook, the charge is an id, never expanded.
    charge: ids.firstCharge,
    payment_intent: ids.firstPaymentIntent,
    amount: prices.starter.amount,
    created: times.disputeCreated,
    reason: "fraudulent",
    status: "needs_response",
    is_charge_refundable: false,
    evidence_details: { due_by: times.disputeEvidenceDue },
    // The fixture is an inquiry; a fraud chargeback with Visa's reason code 10.4 (card-absent fraud).
    payment_method_details: { card: { case_type: "chargeback", network_reason_code: "10.4" } },
  });
  return [eventEnvelope(resources, { id: "evt_1SampleDisputeCreated00", type: "charge.dispute.created", created: times.disputeCreated, object: dispute })];
}
