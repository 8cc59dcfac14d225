// The demo shop's customers and plans (see seed-demo-shop.ts).
export const DEMO_PLANS = {
  starter: { name: "Starter", amount: 1_900 },
  pro: { name: "Pro", amount: 4_900 },
} as const;

export const DEMO_CUSTOMERS = [
  { key: "jenny", name: "Jenny Rosen", email: "jenny.rosen@example.com", plan: "starter", city: "Austin", country: "US" },
  { key: "ravi", name: "Ravi Patel", email: "ravi.patel@example.com", plan: "pro", city: "Toronto", country: "CA" },
  { key: "mia", name: "Mia Schmidt", email: "mia.schmidt@example.com", plan: "starter", city: "Berlin", country: "DE" },
  { key: "tomas", name: "Tomás García", email: "tomas.garcia@example.com", plan: "pro", city: "Madrid", country: "ES" },
  { key: "aiko", name: "Aiko Tanaka", email: "aiko.tanaka@example.com", plan: "starter", city: "Osaka", country: "JP" },
] as const;

export type DemoCustomer = (typeof DEMO_CUSTOMERS)[number];

/** Stripe's ids for the shop's customers: cus_Demo<key>. */
export const demoCustomerId = (customer: Pick<DemoCustomer, "key">) => `cus_Demo${customer.key[0]!.toUpperCase()}${customer.key.slice(1)}`;
