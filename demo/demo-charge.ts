import { DEMO_PLANS, demoCustomerId, type DemoCustomer } from "@/demo/demo-customers";
import type { JsonObject } from "@/demo/stand-ins/stripe-stand-in-objects";

let chargeCount = 0;

/** A card payment of a shop customer's plan, as Stripe's charge object (the fixture's other fields kept). */
export function demoCharge({
  customer,
  created,
  outcome,
}: {
  customer: DemoCustomer;
  created: number;
  outcome: "succeeded" | "card_declined" | "insufficient_funds";
}): JsonObject & { id: string; customer: string; amount: number; created: number } {
  chargeCount += 1;
  const succeeded = outcome === "succeeded";
  const amount = DEMO_PLANS[customer.plan].amount;
  return {
    id: `ch_Demo${String(created)}${String(chargeCount).padStart(4, "0")}`,
    customer: demoCustomerId(customer),
    amount,
    amount_captured: succeeded ? amount : 0,
    captured: succeeded,
    currency: "usd",
    created,
    description: `${DEMO_PLANS[customer.plan].name} plan`,
    status: succeeded ? "succeeded" : "failed",
    paid: succeeded,
    payment_intent: null,
    receipt_email: customer.email,
    billing_details: { email: customer.email, name: customer.name },
    failure_code: succeeded ? null : outcome,
    failure_message: succeeded ? null : outcome === "card_declined" ? "Your card was declined." : "Your card has insufficient funds.",
    outcome: succeeded
      ? { network_status: "approved_by_network", reason: null, seller_message: "Payment complete.", type: "authorized" }
      : {
          network_status: "declined_by_network",
          reason: outcome === "card_declined" ? "generic_decline" : "insufficient_funds",
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        },
  };
}
