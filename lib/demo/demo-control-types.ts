// What the demo's control API answers (demo/start-demo-control.ts), as the demo pages read it.

export interface DemoShopCustomer {
  id: string;
  name: string;
  email: string;
  plan: string;
  subscriptionStatus: string | null;
}

export interface DemoStripeEventSummary {
  id: string;
  type: string;
  created: number;
  customer: string | null;
  deliveries: { url: string; outcome: "pending" | "delivered" | "failed"; tries: number; lastStatus: number | null }[];
}

export interface DemoCustomerioReceived {
  people: { id: string; attributes: Record<string, unknown> }[];
  events: { customerId?: string; anonymousId?: string; id?: string; name: string; data?: Record<string, unknown>; receivedAt: string }[];
  emails: { deliveryId: string; queuedAt: number; message: Record<string, unknown> }[];
}
