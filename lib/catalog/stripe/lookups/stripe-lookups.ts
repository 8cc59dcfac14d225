// The Stripe lookups, in the order the step picker shows them, for the Stripe app's `lookups`.
import type { LookupDefinition } from "@/lib/catalog/define";
import { customerPaymentTotals } from "@/lib/catalog/stripe/lookups/customer-payment-totals";
import { findCustomer } from "@/lib/catalog/stripe/lookups/find-customer";
import { getCharge } from "@/lib/catalog/stripe/lookups/get-charge";
import { getInvoice } from "@/lib/catalog/stripe/lookups/get-invoice";
import { getPaymentIntent } from "@/lib/catalog/stripe/lookups/get-payment-intent";
import { getSubscription } from "@/lib/catalog/stripe/lookups/get-subscription";

export const stripeLookups: readonly LookupDefinition[] = [findCustomer, customerPaymentTotals, getSubscription, getInvoice, getCharge, getPaymentIntent];
