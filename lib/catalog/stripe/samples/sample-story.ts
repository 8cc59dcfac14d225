// The one customer story every sample tells, so ids and times link across samples: Jenny signs up
// (customer.created), subscribes to Starter through Checkout (checkout.session.completed,
// customer.subscription.created, invoice.paid, charge.succeeded, payment_intent.succeeded), upgrades
// to Pro (customer.subscription.updated), disputes her first charge (charge.dispute.created), fails
// authentication on the first Pro renewal (payment_intent.payment_failed, invoice.payment_failed),
// is declined on the retry (charge.failed), and cancels at the end of the period
// (customer.subscription.deleted). Ids that Stripe's fixtures already hold are kept; new ones say
// "Sample" so nobody mistakes them for real objects.

const at = (iso: string) => Date.parse(iso) / 1000;

export const story = {
  apiVersion: "2026-07-29.dahlia",
  person: { name: "Jenny Rosen", email: "jenny@example.com", appUserId: "user_1042" },
  ids: {
    customer: "cus_QXg1o8vcGmoR32",
    subscription: "sub_1Pgc6rB7WZ01zgkWNy0Cn5nw",
    subscriptionItem: "si_QXhVnC2h0Jczwc",
    starterPrice: "price_1SampleStarterMonthly000",
    proPrice: "price_1PgafmB7WZ01zgkW6dKueIc5",
    product: "prod_QXg1hqf4jFNsqG",
    paymentMethod: "pm_1Pgc75B7WZ01zgkWlHVgdEGJ",
    checkoutSession: "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY",
    firstInvoice: "in_1Pgc6tB7WZ01zgkWu9fdqL6I",
    firstInvoiceLine: "il_1Pgc6sB7WZ01zgkWFnxLrLCq",
    firstPaymentIntent: "pi_1PgafyB7WZ01zgkWSjxsAJo3",
    firstCharge: "ch_1PgafuB7WZ01zgkWXYmPNZs8",
    firstBalanceTransaction: "txn_1PgaxNB7WZ01zgkWEV3TLf40",
    dispute: "dp_1Pgc71B7WZ01zgkWMevJiAUx",
    renewalInvoice: "in_1SampleRenewalInvoice000",
    renewalInvoiceLine: "il_1SampleRenewalLine000000",
    renewalPaymentIntent: "pi_1SampleRenewalPayment000",
    declinedCharge: "ch_1SampleDeclinedCharge000",
  },
  prices: { starter: { amount: 1000, nickname: "Starter monthly" }, pro: { amount: 2000, nickname: "Pro monthly" } },
  invoiceNumbers: { first: "7FE1103-0001", renewal: "7FE1103-0002" },
  times: {
    customerCreated: at("2026-08-03T09:14:05Z"),
    checkoutCreated: at("2026-08-03T09:14:10Z"),
    subscriptionStart: at("2026-08-03T09:15:00Z"),
    firstPaymentCreated: at("2026-08-03T09:15:00Z"),
    firstCharged: at("2026-08-03T09:15:01Z"),
    checkoutCompleted: at("2026-08-03T09:15:02Z"),
    planChanged: at("2026-08-10T16:42:19Z"),
    disputeCreated: at("2026-08-21T11:03:44Z"),
    disputeEvidenceDue: at("2026-09-01T23:59:59Z"),
    renewalPeriodStart: at("2026-09-03T09:15:00Z"),
    renewalFinalized: at("2026-09-03T10:15:03Z"),
    renewalAuthenticationFailed: at("2026-09-03T10:15:04Z"),
    renewalRetry: at("2026-09-06T10:15:04Z"),
    renewalDeclined: at("2026-09-06T10:15:06Z"),
    cancelRequested: at("2026-09-10T08:30:00Z"),
    renewalPeriodEnd: at("2026-10-03T09:15:00Z"),
    subscriptionEnded: at("2026-10-03T09:15:02Z"),
  },
  urls: {
    firstInvoiceHosted: "https://invoice.stripe.com/i/acct_1SampleAccount00/test_SampleFirstInvoice",
    firstInvoicePdf: "https://pay.stripe.com/invoice/acct_1SampleAccount00/test_SampleFirstInvoice/pdf?s=ap",
    renewalInvoiceHosted: "https://invoice.stripe.com/i/acct_1SampleAccount00/test_SampleRenewalInvoice",
    renewalInvoicePdf: "https://pay.stripe.com/invoice/acct_1SampleAccount00/test_SampleRenewalInvoice/pdf?s=ap",
    firstReceipt: "https://pay.stripe.com/receipts/invoices/SampleFirstReceipt?s=ap",
  },
} as const;
