// The demo's small shop, seeded into the Stripe stand-in: five customers with subscriptions, three
// months of card payments, two declined payments and a fraud dispute, each built from Stripe's own
// fixtures (stand-ins/stripe-stand-in-objects.ts) with only the fields written here changed. The
// declines and the dispute are also past events, as /v1/events lists them.
import { demoCharge } from "@/demo/demo-charge";
import { DEMO_CUSTOMERS, DEMO_PLANS, demoCustomerId } from "@/demo/demo-customers";
import type { StripeSeed, StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { buildObject } from "@/demo/stand-ins/stripe-stand-in-objects";

const DAY = 86_400;

export interface SeededDemoShop {
  customers: number;
  subscriptions: number;
  charges: number;
  events: number;
}

/** Fills the stand-in's first account (test mode) with the shop, dated back from `now`. */
export function seedDemoShop({ standIn, now = new Date() }: { standIn: StripeStandIn; now?: Date }): SeededDemoShop {
  const today = Math.floor(now.getTime() / 1000);
  const customers = DEMO_CUSTOMERS.map((customer, index) => ({
    id: demoCustomerId(customer),
    name: customer.name,
    email: customer.email,
    description: `${DEMO_PLANS[customer.plan].name} plan`,
    address: { city: customer.city, country: customer.country },
    created: today - (120 - index * 10) * DAY,
    metadata: { plan: customer.plan },
  }));
  const subscriptions = DEMO_CUSTOMERS.map((customer, index) => ({
    id: `sub_Demo${demoCustomerId(customer).slice(8)}`,
    customer: demoCustomerId(customer),
    status: "active" as const,
    description: `${DEMO_PLANS[customer.plan].name} plan`,
    created: today - (118 - index * 10) * DAY,
    start_date: today - (118 - index * 10) * DAY,
    metadata: { plan: customer.plan },
  }));
  // Three monthly payments each, newest last.
  const payments = DEMO_CUSTOMERS.flatMap((customer) =>
    [90, 60, 30].map((daysAgo) => demoCharge({ customer, created: today - daysAgo * DAY, outcome: "succeeded" })),
  );
  const declines = [
    demoCharge({ customer: DEMO_CUSTOMERS[1], created: today - 3 * DAY, outcome: "card_declined" }),
    demoCharge({ customer: DEMO_CUSTOMERS[2], created: today - 2 * DAY, outcome: "insufficient_funds" }),
  ];
  const disputed = payments.find((charge) => charge.customer === demoCustomerId(DEMO_CUSTOMERS[3]))!;
  disputed.disputed = true;
  const dispute = {
    id: "dp_DemoTomasFraud",
    charge: disputed.id,
    amount: disputed.amount,
    currency: "usd",
    reason: "fraudulent",
    status: "needs_response",
    created: today - DAY,
  };
  const seeded = standIn.seed({ customers, subscriptions, charges: [...payments, ...declines] });
  const built = (id: string) => seeded.charges.find((charge) => charge.id === id)!;
  const disputeObject = buildObject({ resource: "dispute", overrides: dispute, livemode: false });
  const history = standIn.seed({
    events: [
      ...declines.map((charge) => ({ type: "charge.failed", created: charge.created, data: { object: built(charge.id) } })),
      { type: "charge.dispute.created", created: dispute.created, data: { object: disputeObject } },
    ] as StripeSeed["events"],
  });
  return { customers: seeded.customers.length, subscriptions: seeded.subscriptions.length, charges: seeded.charges.length, events: history.events.length };
}
