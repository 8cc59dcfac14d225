import type Stripe from "stripe";
import chargeDisputeCreated from "@/lib/catalog/stripe/samples/charge.dispute.created.json";
import chargeFailed from "@/lib/catalog/stripe/samples/charge.failed.json";
import chargeSucceeded from "@/lib/catalog/stripe/samples/charge.succeeded.json";
import checkoutSessionCompleted from "@/lib/catalog/stripe/samples/checkout.session.completed.json";
import customerCreated from "@/lib/catalog/stripe/samples/customer.created.json";
import customerSubscriptionCreated from "@/lib/catalog/stripe/samples/customer.subscription.created.json";
import customerSubscriptionDeleted from "@/lib/catalog/stripe/samples/customer.subscription.deleted.json";
import customerSubscriptionUpdated from "@/lib/catalog/stripe/samples/customer.subscription.updated.json";
import invoicePaid from "@/lib/catalog/stripe/samples/invoice.paid.json";
import invoicePaymentFailed from "@/lib/catalog/stripe/samples/invoice.payment_failed.json";
import paymentIntentPaymentFailed from "@/lib/catalog/stripe/samples/payment_intent.payment_failed.json";
import paymentIntentSucceeded from "@/lib/catalog/stripe/samples/payment_intent.succeeded.json";
import { sampleEvent } from "@/lib/catalog/stripe/samples/sample-event";

/** Every sample file, typed by its event type. */
export const samples = {
  chargeDisputeCreated: sampleEvent(chargeDisputeCreated, "charge.dispute.created"),
  chargeFailed: sampleEvent(chargeFailed, "charge.failed"),
  chargeSucceeded: sampleEvent(chargeSucceeded, "charge.succeeded"),
  checkoutSessionCompleted: sampleEvent(checkoutSessionCompleted, "checkout.session.completed"),
  customerCreated: sampleEvent(customerCreated, "customer.created"),
  customerSubscriptionCreated: sampleEvent(customerSubscriptionCreated, "customer.subscription.created"),
  customerSubscriptionDeleted: sampleEvent(customerSubscriptionDeleted, "customer.subscription.deleted"),
  customerSubscriptionUpdated: sampleEvent(customerSubscriptionUpdated, "customer.subscription.updated"),
  invoicePaid: sampleEvent(invoicePaid, "invoice.paid"),
  invoicePaymentFailed: sampleEvent(invoicePaymentFailed, "invoice.payment_failed"),
  paymentIntentPaymentFailed: sampleEvent(paymentIntentPaymentFailed, "payment_intent.payment_failed"),
  paymentIntentSucceeded: sampleEvent(paymentIntentSucceeded, "payment_intent.succeeded"),
};

export const allSamples: readonly Stripe.Event[] = Object.values(samples);
