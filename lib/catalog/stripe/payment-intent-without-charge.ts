import type Stripe from "stripe";

/**
 * Whether a payment intent's outcome came without any charge (e.g. the card failed authentication).
 * A payment that did reach a charge also sends charge.failed or charge.succeeded, so payment triggers
 * only take payment intents without a charge: one payment, one run.
 */
export function isPaymentIntentWithoutCharge(intent: Stripe.PaymentIntent): boolean {
  return intent.latest_charge === null;
}
