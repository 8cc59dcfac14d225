import { describe, expect, it } from "vitest";
import { stripeIntakeMode } from "@/lib/catalog/stripe/intake/stripe-intake-mode";

const config = (webhook: unknown) => ({ accountId: "acct_1", accountName: null, livemode: false, keyLast4: "0001", webhook });

describe("stripeIntakeMode", () => {
  it.each([
    ["a Conduit-managed endpoint", config({ mode: "managed", endpointId: "we_1" }), "webhook"],
    ["a manual endpoint with its signing secret", config({ mode: "manual", signingSecretLast4: "abcd" }), "webhook"],
    ["a manual endpoint without a signing secret", config({ mode: "manual", signingSecretLast4: null }), "sync"],
    ["a config Conduit cannot read", { webhook: "?" }, "sync"],
  ])("%s → %s", (_, given, expected) => {
    expect(stripeIntakeMode({ connection: { config: given } })).toBe(expected);
  });
});

describe("stripeIntakeMode with the user's choice", () => {
  it("forced sync polls even with a signing secret, forced webhook wins over the automatic choice", () => {
    expect(stripeIntakeMode({ connection: { config: { ...config({ mode: "managed", endpointId: "we_1" }), intake: "sync" } } })).toBe("sync");
    expect(stripeIntakeMode({ connection: { config: { ...config({ mode: "manual", signingSecretLast4: "abcd" }), intake: "sync" } } })).toBe("sync");
    expect(stripeIntakeMode({ connection: { config: { ...config({ mode: "manual", signingSecretLast4: "abcd" }), intake: "webhook" } } })).toBe("webhook");
  });
});
