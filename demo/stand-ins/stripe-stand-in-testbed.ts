// A Stripe stand-in with one account and a key of each kind, and real SDK clients pointed at it:
// the setup the Stripe client, lookup and connection tests share.
import type Stripe from "stripe";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { startStripeStandIn, type StandInAccount, type StripeStandIn } from "@/demo/stand-ins/stripe-stand-in";

/** The read permissions Conduit's lookups use, plus managing webhook endpoints. */
export const CONDUIT_PERMISSIONS = ["rak_customer_read", "rak_charge_read", "rak_subscription_read", "rak_invoice_read", "rak_event_read", "rak_webhook_write"];

export const TEST_KEYS = {
  secret: "sk_test_51MoRdlLgUG5tbmjcConduitSecret0001",
  live: "sk_live_51MoRdlLgUG5tbmjcConduitSecret0002",
  /** Everything Conduit uses, but not the account (like most restricted keys). */
  restricted: "rk_test_51MoRdlLgUG5tbmjcConduitRestricted1",
  /** Customers only. */
  customersOnly: "rk_test_51MoRdlLgUG5tbmjcConduitRestricted2",
  /** Can list webhook endpoints, not create them. */
  webhookReadOnly: "rk_test_51MoRdlLgUG5tbmjcConduitRestricted3",
  revoked: "sk_test_51MoRdlLgUG5tbmjcConduitRevoked0003",
  /** A key of another account. */
  other: "sk_test_51OtherAccountConduitSecret00000004",
} as const;

export const TEST_ACCOUNT: StandInAccount = {
  id: "acct_1MoRdlLgUG5tbmjc",
  displayName: "Rocket Rides",
  businessName: "Rocket Rides Inc.",
  keys: [
    { secret: TEST_KEYS.secret },
    { secret: TEST_KEYS.live },
    { secret: TEST_KEYS.restricted, permissions: CONDUIT_PERMISSIONS },
    { secret: TEST_KEYS.customersOnly, permissions: ["rak_customer_read"] },
    { secret: TEST_KEYS.webhookReadOnly, permissions: ["rak_webhook_read"] },
    { secret: TEST_KEYS.revoked, revoked: true },
  ],
};

export const OTHER_ACCOUNT: StandInAccount = { id: "acct_1OtherAccount00001", displayName: null, keys: [{ secret: TEST_KEYS.other }] };

export interface StripeTestbed {
  standIn: StripeStandIn;
  /** A real SDK client for a key (default: the test secret key), pointed at the stand-in. */
  client(secretKey?: string, options?: { timeoutMs?: number }): Stripe;
}

export async function startStripeTestbed(): Promise<StripeTestbed> {
  const standIn = await startStripeStandIn({ accounts: [TEST_ACCOUNT, OTHER_ACCOUNT] });
  return {
    standIn,
    client: (secretKey = TEST_KEYS.secret, options = {}) => createStripeClient({ secretKey, apiBase: standIn.url, ...options }),
  };
}
