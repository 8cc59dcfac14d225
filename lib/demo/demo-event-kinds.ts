// What the Demo Stripe panel can make happen in the demo shop, and the Stripe event each one sends
// (the panel's words for each are in messages/, demo.stripe.kinds).
export const DEMO_EVENT_KINDS = {
  payment_succeeded: { eventType: "charge.succeeded" },
  payment_failed: { eventType: "charge.failed" },
  subscription_canceled: { eventType: "customer.subscription.deleted" },
  dispute_opened: { eventType: "charge.dispute.created" },
} as const;

export type DemoEventKind = keyof typeof DEMO_EVENT_KINDS;

export const demoEventKinds = Object.keys(DEMO_EVENT_KINDS) as [DemoEventKind, ...DemoEventKind[]];
