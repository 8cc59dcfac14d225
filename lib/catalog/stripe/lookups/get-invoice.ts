// Get invoice: the whole invoice when the event only carries its ID (a charge's or a
// subscription's latest invoice). A missing one stops the run or continues, as the step says (if-not-found.ts).
import type Stripe from "stripe";
import { field } from "@/lib/catalog/field";
import { defineStripeLookup } from "@/lib/catalog/stripe/lookups/define-stripe-lookup";
import { foundOutputField, ifNotFoundField, NOTHING_FOUND, retrieveOrNothing, type Found } from "@/lib/catalog/stripe/lookups/if-not-found";
import { stripeId } from "@/lib/catalog/stripe/lookups/stripe-id";

const inSmallestUnit = "In the currency's smallest unit (cents for USD).";

export const getInvoice = defineStripeLookup({
  key: "get_invoice",
  name: "Get invoice",
  description: "Loads an invoice from Stripe by its ID, with its amounts, status and links to the invoice page and PDF.",
  inputs: {
    invoiceId: field.text({
      label: "Invoice ID",
      required: true,
      help: "The Stripe invoice ID (in_…), for example a subscription's latest invoice.",
      example: "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
    }),
    ifNotFound: ifNotFoundField({ label: "If no invoice is found" }),
  },
  notFound: { reference: "invoiceId", choice: "ifNotFound", empty: NOTHING_FOUND },
  outputFields: [
    foundOutputField({ resource: "invoice" }),
    { path: "id", label: "Invoice ID", type: "string", example: "in_1Pgc6tB7WZ01zgkWu9fdqL6I" },
    { path: "number", label: "Invoice number", type: "string", example: "7FE1103-0001" },
    { path: "customer", label: "Customer ID", type: "string", example: "cus_QXg1o8vcGmoR32" },
    { path: "customer_email", label: "Customer email", type: "string", example: "jenny.rosen@example.com" },
    { path: "customer_name", label: "Customer name", type: "string", example: "Jenny Rosen" },
    { path: "status", label: "Status", type: "string", example: "paid", help: "draft, open, paid, uncollectible or void." },
    { path: "amount_due", label: "Amount due", type: "amount", example: 1000, help: inSmallestUnit },
    { path: "amount_paid", label: "Amount paid", type: "amount", example: 1000, help: inSmallestUnit },
    { path: "amount_remaining", label: "Amount remaining", type: "amount", example: 0, help: inSmallestUnit },
    { path: "total", label: "Total", type: "amount", example: 1000, help: inSmallestUnit },
    { path: "currency", label: "Currency", type: "string", example: "usd" },
    { path: "billing_reason", label: "Billing reason", type: "string", example: "subscription_cycle" },
    { path: "attempt_count", label: "Payment attempts", type: "number", example: 1 },
    { path: "next_payment_attempt", label: "Next payment attempt", type: "timestamp", example: null },
    { path: "hosted_invoice_url", label: "Invoice page URL", type: "string", example: "https://invoice.stripe.com/i/acct_1MoRdlLgUG5tbmjc/test_YWNjdF8x" },
    { path: "invoice_pdf", label: "Invoice PDF URL", type: "string", example: "https://pay.stripe.com/invoice/acct_1MoRdlLgUG5tbmjc/test_YWNjdF8x/pdf" },
    { path: "created", label: "Created at", type: "timestamp", example: 1234567890 },
    { path: "lines.data.0.description", label: "First line description", type: "string", example: "My First Invoice Item (created for API docs)" },
    {
      path: "parent.subscription_details.subscription",
      label: "Subscription ID",
      type: "string",
      example: "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw",
      help: "Empty for invoices that are not for a subscription.",
    },
    { path: "metadata", label: "Metadata", type: "object", example: {} },
  ],
  async run({ input, client }): Promise<Found<Stripe.Invoice> | typeof NOTHING_FOUND> {
    const id = stripeId({ value: input.invoiceId, prefix: "in", field: "invoiceId" });
    return retrieveOrNothing({ id, retrieve: (invoice) => client.invoices.retrieve(invoice), resource: "invoice", ifNotFound: input.ifNotFound });
  },
});
