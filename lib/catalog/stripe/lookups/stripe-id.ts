import { StripeLookupInputError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";

/**
 * An input that must be a Stripe ID with this prefix ("cus", "sub", "in"), or one of these (a charge
 * is "ch_…", or "py_…" for some payment methods). Checked before calling Stripe, so a mapping mistake
 * (an email where an ID belongs) gets a message that says so.
 */
export function stripeId({ value, prefix, label }: { value: string; prefix: string | readonly string[]; label: string }): string {
  const id = value.trim();
  const prefixes = typeof prefix === "string" ? [prefix] : prefix;
  if (prefixes.some((candidate) => new RegExp(`^${candidate}_[A-Za-z0-9]+$`).test(id))) return id;
  const expected = prefixes.map((candidate) => `"${candidate}_"`).join(" or ");
  throw new StripeLookupInputError(
    `${label} must be a Stripe ID starting with ${expected}, but it is "${id.slice(0, 80)}". Check what this field is mapped to.`,
  );
}
