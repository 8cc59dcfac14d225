// What a failed read of the Events API means for a connection's sync: a key Stripe refuses (401, 403)
// pauses it until the key changes; a 429 backs off; a cursor Stripe no longer has (events are kept 30
// days) restarts from a time; anything else is retried later with backoff. Messages are for the user.
import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";

export type StripeSyncFailure =
  | { kind: "paused"; message: string }
  | { kind: "rate_limited"; message: string; retryAfterMs?: number }
  | { kind: "cursor_gone"; message: string }
  | { kind: "failed"; message: string };

export function classifyStripeSyncError({ error }: { error: unknown }): StripeSyncFailure {
  if (
    error instanceof Stripe.errors.StripeError &&
    error.statusCode === 400 &&
    error.code === "resource_missing" &&
    (error.param === "ending_before" || error.param === "starting_after")
  ) {
    return {
      kind: "cursor_gone",
      message: "Stripe no longer has the last event Conduit read (Stripe keeps events for 30 days); reading resumes from its time.",
    };
  }
  const classified = classifyStripeError({ error });
  if (classified.status === 401 || classified.status === 403) {
    return { kind: "paused", message: `Conduit stopped checking Stripe for new events: ${classified.message}` };
  }
  if (classified.status === 429 || classified.code === "rate_limit") {
    return { kind: "rate_limited", message: classified.message, ...(classified.retryAfterMs === undefined ? {} : { retryAfterMs: classified.retryAfterMs }) };
  }
  return { kind: "failed", message: classified.message };
}
