// Checks the shape of a pasted Stripe key before any call, to name the usual mix-ups: a publishable
// key, a webhook signing secret, a key cut short or with extra characters.
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";
import type { StripeKeyShapeCode } from "@/lib/connections/connection-error";

export interface ParsedStripeKey {
  key: string;
  kind: "secret" | "restricted";
  livemode: boolean;
}

const KEY = /^(sk|rk)_(test|live)_([A-Za-z0-9]+)$/;
const WHERE = "In Stripe, open Developers → API keys and copy a secret key (sk_…) or a restricted key (rk_…).";

export function parseStripeKey({ value }: { value: string }): ParsedStripeKey {
  const key = value.trim();
  const malformed = (message: string, code: StripeKeyShapeCode, problem: "malformed_key" | "wrong_key_type" = "malformed_key") =>
    new StripeSetupError({ problem, message: `${message} ${WHERE}`, connectionError: { code } });
  if (key === "") throw malformed("Paste your Stripe API key.", "stripe.keyEmpty");
  if (/^pk_/.test(key)) throw malformed("This is a publishable key (pk_…), which only works in browsers.", "stripe.publishableKey", "wrong_key_type");
  if (/^whsec_/.test(key)) throw malformed("This is a webhook signing secret (whsec_…), not an API key.", "stripe.signingSecretNotKey", "wrong_key_type");
  const match = KEY.exec(key);
  if (!match) {
    if (/^(sk|rk)_(test|live)_/.test(key))
      throw malformed("The key has characters a Stripe key never has (spaces, quotes or punctuation): copy it again.", "stripe.keyBadCharacters");
    throw malformed("This does not look like a Stripe API key: those start with sk_test_, sk_live_, rk_test_ or rk_live_.", "stripe.notStripeKey");
  }
  if ((match[3] ?? "").length < 16) throw malformed("The key looks cut short: copy the whole key.", "stripe.keyCutShort");
  return { key, kind: match[1] === "rk" ? "restricted" : "secret", livemode: match[2] === "live" };
}
