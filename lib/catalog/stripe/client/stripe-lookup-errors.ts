// Errors a Stripe lookup raises itself, apart from what the SDK throws.
//
// "Not found" is an outcome, not a failure: when a lookup finds nothing (Stripe's resource_missing,
// see if-not-found.ts), the step's "If no … is found" option decides. "Continue" returns an output
// with `found: false` (and empty fields), so later steps and filters can use it. "Stop" throws StripeNotFoundError: the
// executor should end the run as stopped (like a filter that did not pass), neither failed nor
// retried. classifyStripeError marks it `stop: true` (and permanent, so an executor unaware of it
// still never retries it).

/** What a Stripe lookup looks for. */
export type StripeLookupResource = "customer" | "charge" | "payment intent" | "invoice" | "subscription";

export class StripeNotFoundError extends Error {
  /** The Stripe resource that was looked for. */
  readonly resource: StripeLookupResource;
  /** What it was looked for by: the id or email from the step's input. */
  readonly reference: string;

  constructor({ resource, reference, message }: { resource: StripeLookupResource; reference: string; message: string }) {
    super(message);
    this.name = "StripeNotFoundError";
    this.resource = resource;
    this.reference = reference;
  }
}

/** The step's input cannot be looked up as it is (e.g. an email where a customer ID is needed); retrying will not help. */
export class StripeLookupInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StripeLookupInputError";
  }
}
