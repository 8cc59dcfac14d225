import { describe, expect, it } from "vitest";
import { parseStripeKey } from "@/lib/catalog/stripe/connection/parse-stripe-key";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";

const BODY = "51MoRdlLgUG5tbmjcAbCdEf0123456789";

describe("parseStripeKey", () => {
  it.each([
    [`sk_test_${BODY}`, "secret", false],
    [`sk_live_${BODY}`, "secret", true],
    [`rk_test_${BODY}`, "restricted", false],
    [`  rk_live_${BODY}\n`, "restricted", true],
  ])("accepts %j", (value, kind, livemode) => {
    expect(parseStripeKey({ value })).toEqual({ key: value.trim(), kind, livemode });
  });

  it.each([
    ["", "malformed_key", /Paste your Stripe API key/],
    [`pk_live_${BODY}`, "wrong_key_type", /publishable key/],
    [`whsec_${BODY}`, "wrong_key_type", /webhook signing secret/],
    [`"sk_test_${BODY}"`, "malformed_key", /does not look like a Stripe API key/],
    [`sk_test_${BODY.slice(0, 10)} ${BODY.slice(10)}`, "malformed_key", /characters a Stripe key never has/],
    ["sk_test_51MoRdl", "malformed_key", /cut short/],
    [`sk_prod_${BODY}`, "malformed_key", /start with sk_test_, sk_live_, rk_test_ or rk_live_/],
  ])("refuses %j", (value, problem, message) => {
    const error = (() => {
      try {
        parseStripeKey({ value });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StripeSetupError);
    expect(error).toMatchObject({ problem, message: expect.stringMatching(message) });
    expect((error as Error).message).toMatch(/Developers → API keys/);
  });
});
