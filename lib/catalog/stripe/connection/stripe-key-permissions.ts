// What a restricted key needs for Conduit, in Stripe's words (the rak_* names its errors use and its
// "create key" page takes) and in the dashboard's (the resource and access the user ticks).
import type Stripe from "stripe";

export interface StripeKeyPermission {
  permission: string;
  /** As the dashboard's restricted-key form shows it. */
  label: string;
  usedFor: string;
}

/** Reads Conduit's lookups and test events use, each with the cheapest call that needs it. */
export const READ_PERMISSIONS: readonly (StripeKeyPermission & { probe(client: Stripe): Promise<unknown> })[] = [
  { permission: "rak_customer_read", label: "Customers: Read", usedFor: "Find customer", probe: (client) => client.customers.list({ limit: 1 }) },
  {
    permission: "rak_charge_read",
    label: "Charges: Read",
    usedFor: "Customer payment totals and Get charge",
    probe: (client) => client.charges.list({ limit: 1 }),
  },
  {
    permission: "rak_subscription_read",
    label: "Subscriptions: Read",
    usedFor: "Get subscription",
    probe: (client) => client.subscriptions.list({ limit: 1 }),
  },
  { permission: "rak_invoice_read", label: "Invoices: Read", usedFor: "Get invoice", probe: (client) => client.invoices.list({ limit: 1 }) },
  { permission: "rak_event_read", label: "Events: Read", usedFor: "test events from your account", probe: (client) => client.events.list({ limit: 1 }) },
];

/** Managing Conduit's webhook endpoint; cannot be checked without creating one. */
export const WEBHOOK_PERMISSION: StripeKeyPermission = {
  permission: "rak_webhook_write",
  label: "Webhook Endpoints: Write",
  usedFor: "creating Conduit's webhook endpoint",
};

/** Stripe's page for creating a restricted key, with Conduit's permissions ticked. */
export const CREATE_RESTRICTED_KEY_URL = `https://dashboard.stripe.com/apikeys/create?name=Conduit&${[...READ_PERMISSIONS, WEBHOOK_PERMISSION]
  .map(({ permission }) => `permissions%5B%5D=${permission}`)
  .join("&")}`;

const OTHER_LABELS: Record<string, string> = { rak_webhook_read: "Webhook Endpoints: Read" };

/** "Charges: Read" for "rak_charge_read"; undefined for a permission Conduit does not know. */
export function permissionLabel(permission: string): string | undefined {
  return [...READ_PERMISSIONS, WEBHOOK_PERMISSION].find((candidate) => candidate.permission === permission)?.label ?? OTHER_LABELS[permission];
}
