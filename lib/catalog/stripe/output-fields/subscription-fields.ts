import type { OutputFieldSpec } from "@/lib/catalog/stripe/output-fields-from";

const noEmail = "Stripe's subscription events carry no email: use this ID, or look the customer up in a later step.";

/** What every subscription trigger offers; subscriptions hold their price on the first item. */
export const subscriptionFields: readonly OutputFieldSpec[] = [
  { path: "id", label: "Subscription ID", type: "string" },
  { path: "customer", label: "Customer ID", type: "string", help: noEmail },
  { path: "status", label: "Status", type: "string", help: "active, trialing, past_due, canceled, unpaid, incomplete, incomplete_expired or paused." },
  { path: "items.data.0.price.id", label: "Price ID", type: "string" },
  { path: "items.data.0.price.nickname", label: "Price name", type: "string" },
  { path: "items.data.0.price.unit_amount", label: "Price amount", type: "amount", help: "In the currency's smallest unit (cents for USD)." },
  { path: "currency", label: "Currency", type: "string" },
  { path: "items.data.0.price.recurring.interval", label: "Billing interval", type: "string", help: "day, week, month or year." },
  { path: "items.data.0.price.product", label: "Product ID", type: "string" },
  { path: "items.data.0.quantity", label: "Quantity", type: "number" },
  { path: "items.data.0.current_period_start", label: "Current period start", type: "timestamp" },
  { path: "items.data.0.current_period_end", label: "Current period end", type: "timestamp" },
  { path: "start_date", label: "Start date", type: "timestamp" },
  { path: "trial_end", label: "Trial end", type: "timestamp", help: "Empty when the subscription has no trial." },
  { path: "latest_invoice", label: "Latest invoice ID", type: "string" },
  { path: "metadata", label: "Metadata", type: "object" },
];
