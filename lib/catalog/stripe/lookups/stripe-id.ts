import { StripeLookupInputError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";

/**
 * An input that must be a Stripe ID with this prefix ("cus", "sub", "in"). Checked before calling
 * Stripe, so a mapping mistake (an email where an ID belongs) gets a message that says so.
 */
export function stripeId({ value, prefix, label }: { value: string; prefix: string; label: string }): string {
  const id = value.trim();
  if (new RegExp(`^${prefix}_[A-Za-z0-9]+$`).test(id)) return id;
  throw new StripeLookupInputError(`${label} must be a Stripe ID starting with "${prefix}_", but it is "${id.slice(0, 80)}". Check what this field is mapped to.`);
}
