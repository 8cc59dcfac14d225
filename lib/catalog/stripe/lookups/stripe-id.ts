import { StripeLookupInputError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { said } from "@/lib/i18n/user-message";

/** The lookup input an ID is read from, as the `field` select of runErrors.stripe.notStripeId names it (with its label). */
export type StripeIdField = "customerId" | "chargeId" | "invoiceId" | "paymentIntentId" | "subscriptionId";

/**
 * An input that must be a Stripe ID with this prefix ("cus", "sub", "in"), or one of these (a charge
 * is "ch_…", or "py_…" for some payment methods). Checked before calling Stripe, so a mapping mistake
 * (an email where an ID belongs) gets a message that says so.
 */
export function stripeId({ value, prefix, field }: { value: string; prefix: string | readonly [string, string]; field: StripeIdField }): string {
  const id = value.trim();
  const prefixes = typeof prefix === "string" ? [prefix] : prefix;
  if (prefixes.some((candidate) => new RegExp(`^${candidate}_[A-Za-z0-9]+$`).test(id))) return id;
  const expected =
    typeof prefix === "string"
      ? said("runErrors.stripe.idPrefix", { prefix })
      : said("runErrors.stripe.idPrefixEither", { first: prefix[0], second: prefix[1] });
  throw new StripeLookupInputError(said("runErrors.stripe.notStripeId", { field, expected, value: id.slice(0, 80) }));
}
