// What a failed read of the Events API means for a connection's sync: a key Stripe refuses (401, 403)
// pauses it until the key changes; a 429 backs off; a cursor Stripe no longer has (events are kept 30
// days) restarts from a time; anything else is retried later with backoff. Messages are for the user:
// `message` in English (logs, the `lastError` and `pausedReason` columns), `userMessage` to show it in
// the viewer's language (connections.stripeSync.*, and Stripe's own explanation, runErrors.stripe.*).
import Stripe from "stripe";
import { classifyStripeError } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { messageFields, said, type UserMessage } from "@/lib/i18n/user-message";

type Said = { message: string; userMessage: UserMessage };

export type StripeSyncFailure =
  ({ kind: "paused" } & Said) | ({ kind: "rate_limited"; retryAfterMs?: number } & Said) | ({ kind: "cursor_gone" } & Said) | ({ kind: "failed" } & Said);

export function classifyStripeSyncError({ error }: { error: unknown }): StripeSyncFailure {
  if (
    error instanceof Stripe.errors.StripeError &&
    error.statusCode === 400 &&
    error.code === "resource_missing" &&
    (error.param === "ending_before" || error.param === "starting_after")
  ) {
    return { kind: "cursor_gone", ...messageFields(said("connections.stripeSync.cursorGone")) };
  }
  const classified = classifyStripeError({ error });
  const stripeSaid = { message: classified.message, userMessage: classified.userMessage };
  if (classified.status === 401 || classified.status === 403) {
    return { kind: "paused", ...messageFields(said("connections.stripeSync.paused", { reason: classified.userMessage })) };
  }
  if (classified.status === 429 || classified.code === "rate_limit") {
    return { kind: "rate_limited", ...stripeSaid, ...(classified.retryAfterMs === undefined ? {} : { retryAfterMs: classified.retryAfterMs }) };
  }
  return { kind: "failed", ...stripeSaid };
}
