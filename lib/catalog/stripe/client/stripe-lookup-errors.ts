// Errors a Stripe lookup raises itself, apart from what the SDK throws.
//
// "Not found" is an outcome, not a failure: when a lookup finds nothing (Stripe's resource_missing,
// see if-not-found.ts), the step's "If no … is found" option decides. "Continue" returns an output
// with `found: false` (and empty fields), so later steps and filters can use it. "Stop" throws StripeNotFoundError: the
// executor should end the run as stopped (like a filter that did not pass), neither failed nor
// retried. classifyStripeError marks it `stop: true` (and permanent, so an executor unaware of it
// still never retries it).
//
// Both carry their reason as a UserMessage (UserMessageError): `message` is the English, for logs and
// the `error` columns; `userMessage` is shown on the run pages in the viewer's language.
import { UserMessageError, type UserMessage } from "@/lib/i18n/user-message";

/** What a Stripe lookup looks for. */
export type StripeLookupResource = "customer" | "charge" | "payment intent" | "invoice" | "subscription";

/** The resource as the `resource` select of runErrors.stripe.nothingFound names it (an ICU select option has no spaces). */
export function resourceCode(resource: StripeLookupResource): "customer" | "charge" | "paymentIntent" | "invoice" | "subscription" {
  return resource === "payment intent" ? "paymentIntent" : resource;
}

export class StripeNotFoundError extends UserMessageError {
  /** The Stripe resource that was looked for. */
  readonly resource: StripeLookupResource;
  /** What it was looked for by: the id or email from the step's input. */
  readonly reference: string;

  constructor({ resource, reference, message }: { resource: StripeLookupResource; reference: string; message: UserMessage }) {
    super(message);
    this.name = "StripeNotFoundError";
    this.resource = resource;
    this.reference = reference;
  }
}

/** The step's input cannot be looked up as it is (e.g. an email where a customer ID is needed); retrying will not help. */
export class StripeLookupInputError extends UserMessageError {
  constructor(message: UserMessage) {
    super(message);
    this.name = "StripeLookupInputError";
  }
}
