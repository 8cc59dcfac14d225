// The template gallery, in the order the Templates page shows it.
import { checkoutReceiptTemplate } from "@/lib/zaps/templates/checkout-receipt-template";
import { disputeCreatedTemplate } from "@/lib/zaps/templates/dispute-created-template";
import { invoicePaymentFailedTemplate } from "@/lib/zaps/templates/invoice-payment-failed-template";
import { newCustomerTemplate } from "@/lib/zaps/templates/new-customer-template";
import { paymentFailedTemplate } from "@/lib/zaps/templates/payment-failed-template";
import { paymentTotalsTemplate } from "@/lib/zaps/templates/payment-totals-template";
import { subscriptionCanceledTemplate } from "@/lib/zaps/templates/subscription-canceled-template";
import type { ZapTemplate } from "@/lib/zaps/templates/zap-template";

export const zapTemplates: readonly ZapTemplate[] = [
  subscriptionCanceledTemplate,
  paymentFailedTemplate,
  invoicePaymentFailedTemplate,
  checkoutReceiptTemplate,
  paymentTotalsTemplate,
  newCustomerTemplate,
  disputeCreatedTemplate,
];
