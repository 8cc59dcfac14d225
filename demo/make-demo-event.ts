// What the Demo Stripe panel's buttons do: change the shop as the real thing would happen in Stripe
// (a new charge, a canceled subscription, a dispute), then let the stand-in record and deliver the
// event, exactly as Stripe sends it to webhook endpoints.
import { demoCharge } from "@/demo/demo-charge";
import { DEMO_CUSTOMERS, demoCustomerId } from "@/demo/demo-customers";
import type { CreatedStripeEvent, StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { buildObject } from "@/demo/stand-ins/stripe-stand-in-objects";
import { DEMO_EVENT_KINDS, type DemoEventKind } from "@/lib/demo/demo-event-kinds";

export type MadeDemoEvent = ({ ok: true } & CreatedStripeEvent) | { ok: false; message: string };

export function makeDemoEvent({
  standIn,
  kind,
  customerId,
  now = new Date(),
}: {
  standIn: StripeStandIn;
  kind: DemoEventKind;
  customerId: string;
  now?: Date;
}): MadeDemoEvent {
  const customer = DEMO_CUSTOMERS.find((candidate) => demoCustomerId(candidate) === customerId);
  if (!customer) return { ok: false, message: `The demo shop has no customer ${customerId}.` };
  const store = standIn.store();
  const created = Math.floor(now.getTime() / 1000);
  const type = DEMO_EVENT_KINDS[kind].eventType;

  if (kind === "payment_succeeded" || kind === "payment_failed") {
    const [charge] = standIn.seed({
      charges: [demoCharge({ customer, created, outcome: kind === "payment_succeeded" ? "succeeded" : "card_declined" })],
    }).charges;
    return { ok: true, ...standIn.createEvent({ type, object: charge! }) };
  }

  if (kind === "subscription_canceled") {
    const subscription = [...store.subscriptions.values()].find((candidate) => candidate.customer === customerId && candidate.status === "active");
    if (!subscription) return { ok: false, message: `${customer.name} has no active subscription left to cancel.` };
    Object.assign(subscription, {
      status: "canceled",
      canceled_at: created,
      ended_at: created,
      cancellation_details: { comment: null, feedback: "too_expensive", reason: "cancellation_requested" },
    });
    return { ok: true, ...standIn.createEvent({ type, object: structuredClone(subscription) }) };
  }

  // A dispute opens on the customer's newest payment that has none yet (a new one if there is none).
  const paid = [...store.charges.values()].filter((charge) => charge.customer === customerId && charge.status === "succeeded" && charge.disputed !== true);
  const charge = paid.at(-1) ?? standIn.seed({ charges: [demoCharge({ customer, created, outcome: "succeeded" })] }).charges[0]!;
  charge.disputed = true;
  const dispute = buildObject({
    resource: "dispute",
    overrides: {
      charge: charge.id,
      payment_intent: null,
      amount: charge.amount,
      currency: charge.currency,
      reason: "fraudulent",
      status: "needs_response",
      is_charge_refundable: false,
      created,
    },
    livemode: false,
  });
  return { ok: true, ...standIn.createEvent({ type, object: dispute }) };
}
