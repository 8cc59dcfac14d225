import type { OutputFieldSpec } from "@/lib/catalog/stripe/output-fields-from";

const chargeOnly = "Empty when the payment never reached a charge (a payment intent event).";

/**
 * What the payment triggers offer. Their sample is a charge; a payment intent event (when payment
 * intents are not ignored) has the first fields too, but not the charge-only ones.
 */
export const paymentFields: readonly OutputFieldSpec[] = [
  { path: "id", label: "Payment ID", type: "string", help: "A charge ID (ch_…), or a payment intent ID (pi_…) for a payment that never reached a charge." },
  { path: "amount", label: "Amount", type: "amount", help: "In the currency's smallest unit (cents for USD)." },
  { path: "currency", label: "Currency", type: "string" },
  { path: "customer", label: "Customer ID", type: "string", help: "Empty for a payment made without a Stripe customer." },
  { path: "receipt_email", label: "Receipt email", type: "string" },
  { path: "description", label: "Description", type: "string" },
  { path: "status", label: "Status", type: "string" },
  { path: "created", label: "Created at", type: "timestamp" },
  { path: "metadata", label: "Metadata", type: "object" },
  { path: "billing_details.email", label: "Billing email", type: "string", help: chargeOnly },
  { path: "billing_details.name", label: "Billing name", type: "string", help: chargeOnly },
  { path: "payment_intent", label: "Payment intent ID", type: "string", help: chargeOnly },
  { path: "payment_method_details.card.brand", label: "Card brand", type: "string", help: chargeOnly },
  { path: "payment_method_details.card.last4", label: "Card last 4 digits", type: "string", help: chargeOnly },
];
