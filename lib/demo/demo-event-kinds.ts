// What the Demo Stripe panel can make happen in the demo shop, and the Stripe event each one sends.
export const DEMO_EVENT_KINDS = {
  payment_succeeded: { label: "A payment succeeds", eventType: "charge.succeeded" },
  payment_failed: { label: "A payment fails", eventType: "charge.failed" },
  subscription_canceled: { label: "A subscription is canceled", eventType: "customer.subscription.deleted" },
  dispute_opened: { label: "A dispute opens", eventType: "charge.dispute.created" },
} as const;

export type DemoEventKind = keyof typeof DEMO_EVENT_KINDS;

export const demoEventKinds = Object.keys(DEMO_EVENT_KINDS) as [DemoEventKind, ...DemoEventKind[]];
