import { defineApp, defineConnection } from "@/lib/catalog/define";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { createStripeStepClient } from "@/lib/catalog/stripe/client/create-stripe-step-client";
import { checkStripeConnection } from "@/lib/catalog/stripe/connection/check-stripe-connection";
import { connectStripeWebhook } from "@/lib/catalog/stripe/connection/connect-stripe-webhook";
import { decodeStripeConnection, type StripeConnectionWithSecrets } from "@/lib/catalog/stripe/connection/decode-stripe-connection";
import { describeStripeConnection } from "@/lib/catalog/stripe/connection/describe-stripe-connection";
import { removeStripeConnection } from "@/lib/catalog/stripe/connection/remove-stripe-connection";
import { stripeAccountKey } from "@/lib/catalog/stripe/connection/stripe-account-key";
import { stripeAlreadyConnected } from "@/lib/catalog/stripe/connection/stripe-already-connected";
import { stripeConnectionFields } from "@/lib/catalog/stripe/connection/stripe-connection-fields";
import { verifyStripeConnection } from "@/lib/catalog/stripe/connection/verify-stripe-connection";
import { describeStripeIntake } from "@/lib/catalog/stripe/intake/describe-stripe-intake";
import { stripeLookups } from "@/lib/catalog/stripe/lookups/stripe-lookups";
import { checkoutSessionCompleted } from "@/lib/catalog/stripe/triggers/checkout-session-completed";
import { invoicePaid } from "@/lib/catalog/stripe/triggers/invoice-paid";
import { invoicePaymentFailed } from "@/lib/catalog/stripe/triggers/invoice-payment-failed";
import { newCustomer } from "@/lib/catalog/stripe/triggers/new-customer";
import { newDispute } from "@/lib/catalog/stripe/triggers/new-dispute";
import { newSubscription } from "@/lib/catalog/stripe/triggers/new-subscription";
import { paymentFailed } from "@/lib/catalog/stripe/triggers/payment-failed";
import { paymentSucceeded } from "@/lib/catalog/stripe/triggers/payment-succeeded";
import { subscriptionCanceled } from "@/lib/catalog/stripe/triggers/subscription-canceled";
import { subscriptionUpdated } from "@/lib/catalog/stripe/triggers/subscription-updated";
import { triggerPerson } from "@/lib/catalog/stripe/trigger-person";

export const stripeApp = defineApp({
  key: "stripe",
  name: "Stripe",
  description: "Start zaps from your Stripe account: new customers, subscriptions, payments, invoices and disputes.",
  triggers: [
    newCustomer,
    checkoutSessionCompleted,
    newSubscription,
    subscriptionUpdated,
    subscriptionCanceled,
    paymentSucceeded,
    paymentFailed,
    invoicePaid,
    invoicePaymentFailed,
    newDispute,
  ],
  lookups: stripeLookups,
  actions: [],
  connection: defineConnection<StripeConnectionWithSecrets, typeof stripeConnectionFields>({
    fields: stripeConnectionFields,
    purpose: "Conduit listens to your Stripe account's events: new customers, payments, subscriptions, invoices and disputes.",
    note: "Conduit checks the key with Stripe and stores it encrypted. It is never shown again; only its last 4 characters are.",
    verify: verifyStripeConnection,
    alreadyConnected: stripeAlreadyConnected,
    onConnect: connectStripeWebhook,
    describe: describeStripeConnection,
    decode: decodeStripeConnection,
    check: checkStripeConnection,
    onDelete: removeStripeConnection,
    accountKey: stripeAccountKey,
  }),
  createClient: createStripeStepClient,
  classifyError: (error) => classifyStripeError({ error }),
  describeIntake: describeStripeIntake,
  gettingStarted: { title: "zaps.gettingStarted.stripe.title", description: "zaps.gettingStarted.stripe.description" },
  triggerPerson,
});
