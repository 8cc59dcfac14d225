import type { OutputFieldSpec } from "@/lib/catalog/stripe/output-fields-from";

const inCents = "In the currency's smallest unit (cents for USD).";

/** What every invoice trigger offers. */
export const invoiceFields: readonly OutputFieldSpec[] = [
  { path: "id", label: "Invoice ID", type: "string" },
  { path: "number", label: "Invoice number", type: "string" },
  { path: "customer", label: "Customer ID", type: "string" },
  { path: "customer_email", label: "Customer email", type: "string" },
  { path: "customer_name", label: "Customer name", type: "string" },
  { path: "amount_due", label: "Amount due", type: "amount", help: inCents },
  { path: "amount_paid", label: "Amount paid", type: "amount", help: inCents },
  { path: "amount_remaining", label: "Amount remaining", type: "amount", help: inCents },
  { path: "total", label: "Total", type: "amount", help: inCents },
  { path: "currency", label: "Currency", type: "string" },
  { path: "status", label: "Status", type: "string" },
  {
    path: "billing_reason",
    label: "Billing reason",
    type: "string",
    help: "subscription_create for a first invoice, subscription_cycle for a renewal, manual, ...",
  },
  { path: "hosted_invoice_url", label: "Invoice page URL", type: "string", help: "A Stripe page where the customer can see and pay the invoice." },
  { path: "invoice_pdf", label: "Invoice PDF URL", type: "string" },
  { path: "created", label: "Created at", type: "timestamp" },
  { path: "lines.data.0.description", label: "First line description", type: "string" },
  { path: "lines.data.0.pricing.price_details.price", label: "First line price ID", type: "string" },
  { path: "lines.data.0.period.start", label: "Service period start", type: "timestamp" },
  { path: "lines.data.0.period.end", label: "Service period end", type: "timestamp" },
  { path: "parent.subscription_details.subscription", label: "Subscription ID", type: "string", help: "Empty for invoices that are not for a subscription." },
  { path: "parent.subscription_details.metadata", label: "Subscription metadata", type: "object" },
  { path: "metadata", label: "Metadata", type: "object" },
];
