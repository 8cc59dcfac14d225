import type { ConnectFailure } from "@/lib/catalog/define";
import { StripeSetupError } from "@/lib/catalog/stripe/connection/stripe-setup-error";

const ABOUT_THE_KEY = new Set(["malformed_key", "wrong_key_type", "invalid_key", "expired_key", "missing_permissions"]);

/** A StripeSetupError as the connect form shows it: beside the key when the key is the problem. Rethrows anything else. */
export function stripeSetupFailure(error: unknown): ConnectFailure {
  if (!(error instanceof StripeSetupError)) throw error;
  return ABOUT_THE_KEY.has(error.problem)
    ? { ok: false, fieldErrors: { secretKey: error.message }, errorCodes: { fieldErrors: { secretKey: error.connectionError } } }
    : {
        ok: false,
        fieldErrors: {},
        formError: `${error.message} Nothing was saved.`,
        errorCodes: { formError: { ...error.connectionError, note: "nothingSaved" } },
      };
}
