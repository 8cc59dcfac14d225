import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { classifyStripeSyncError } from "@/lib/catalog/stripe/intake/classify-stripe-sync-error";

const stripeError = (raw: { statusCode: number; code?: string; param?: string; message?: string }) =>
  Stripe.errors.StripeError.generate({ type: "invalid_request_error", message: raw.message ?? "scripted", ...raw } as Stripe.StripeRawError);

describe("classifyStripeSyncError", () => {
  it.each([
    ["401 api_key_expired", stripeError({ statusCode: 401, code: "api_key_expired", message: "Expired API Key provided: sk_test_***0001" }), "paused"],
    [
      "403 missing permission",
      stripeError({ statusCode: 403, message: "Having the 'rak_event_read' permission would allow this request to continue." }),
      "paused",
    ],
    ["429", stripeError({ statusCode: 429, code: "rate_limit" }), "rate_limited"],
    ["a vanished cursor", stripeError({ statusCode: 400, code: "resource_missing", param: "ending_before" }), "cursor_gone"],
    ["500", stripeError({ statusCode: 500 }), "failed"],
    ["a network error", new Stripe.errors.StripeConnectionError({ message: "ECONNREFUSED" }), "failed"],
  ])("%s → %s", (_, error, kind) => {
    expect(classifyStripeSyncError({ error }).kind).toBe(kind);
  });

  it("says in words why sync stopped and what to do", () => {
    const failure = classifyStripeSyncError({
      error: stripeError({ statusCode: 401, code: "api_key_expired", message: "Expired API Key provided: sk_test_***0001" }),
    });
    expect(failure.message).toMatch(/^Conduit stopped checking Stripe for new events: Stripe refused the connection's API key .*Reconnect Stripe/);
  });
});
