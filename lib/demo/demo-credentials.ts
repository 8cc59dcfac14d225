// The keys the demo's stand-ins accept, and what "Connect the demo … account" sends. They are not
// secrets: they only open the local stand-ins that `npm run demo` starts, which hold made-up data,
// and in demo mode Conduit's Stripe and Customer.io clients reach nothing else (see lib/env.ts).
export const DEMO_STRIPE = {
  accountId: "acct_1DemoShopConduit0",
  accountName: "Conduit Demo Shop",
  secretKey: "sk_test_51DemoShopConduitStandInOnly00000000",
} as const;

export const DEMO_CUSTOMERIO = {
  label: "Demo Customer.io workspace",
  siteId: "demo0site0conduit0001",
  trackApiKey: "demo0track0key0conduit0001",
  appApiKey: "demo0app0key0conduit0000000000001",
  region: "us",
} as const;
