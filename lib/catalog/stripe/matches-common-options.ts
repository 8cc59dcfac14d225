import type Stripe from "stripe";
import type { InputOf } from "@/lib/catalog/field";
import type { commonOptions } from "@/lib/catalog/stripe/common-options";

type CommonInput = InputOf<typeof commonOptions>;

/** A customer as Stripe sends it: an id, an expanded object, or nothing. */
type CustomerReference = string | { id: string } | null | undefined;

interface MatchesCommonOptions {
  event: Stripe.Event;
  /** Omit for objects that carry no customer; then only the mode filter applies. */
  customer?: CustomerReference;
  options: Partial<Pick<CommonInput, "customerId">> & Pick<CommonInput, "mode">;
}

/** Whether an event passes the shared "Only for customer" and "Live or test mode" filters. */
export function matchesCommonOptions({ event, customer, options }: MatchesCommonOptions): boolean {
  if (options.mode === "live" && !event.livemode) return false;
  if (options.mode === "test" && event.livemode) return false;
  if (options.customerId === undefined) return true;
  const customerId = typeof customer === "string" ? customer : customer?.id;
  return customerId === options.customerId;
}
