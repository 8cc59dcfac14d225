// The errors of connecting Stripe (checking a key, managing Conduit's webhook endpoint), each with
// a message for the Connections page that says what is wrong and what to do.
import Stripe from "stripe";
import { permissionLabel } from "@/lib/catalog/stripe/connection/stripe-key-permissions";

export type StripeSetupProblem =
  "malformed_key" | "wrong_key_type" | "invalid_key" | "expired_key" | "missing_permissions" | "unreachable" | "stripe_unavailable" | "rejected";

export class StripeSetupError extends Error {
  readonly problem: StripeSetupProblem;
  /** For missing_permissions: Stripe's names of what the key lacks ("rak_charge_read"). */
  readonly missingPermissions: readonly string[];

  constructor({
    problem,
    message,
    missingPermissions = [],
    cause,
  }: {
    problem: StripeSetupProblem;
    message: string;
    missingPermissions?: readonly string[];
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = "StripeSetupError";
    this.problem = problem;
    this.missingPermissions = missingPermissions;
  }
}

/** What the SDK threw while doing `action` ("check the key"), as a StripeSetupError. */
export function stripeSetupErrorFrom({ error, action }: { error: unknown; action: string }): StripeSetupError {
  if (error instanceof StripeSetupError) return error;
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const detail = error.detail instanceof Error ? error.detail.message : error.message;
    return new StripeSetupError({
      problem: "unreachable",
      cause: error,
      message: `Conduit could not reach Stripe to ${action} (${detail}). Check this server's internet access or proxy, then try again.`,
    });
  }
  if (!(error instanceof Stripe.errors.StripeError) || error.statusCode === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    return new StripeSetupError({
      problem: "stripe_unavailable",
      cause: error,
      message: `Stripe gave no usable answer when Conduit tried to ${action} (${detail}). Try again in a minute.`,
    });
  }
  const status = error.statusCode;
  const theirs = `Stripe says: "${error.message}"`;
  if (status === 401 && error.code === "api_key_expired") {
    return new StripeSetupError({
      problem: "expired_key",
      cause: error,
      message: `This key has expired or was rolled. ${theirs}. In Stripe, open Developers → API keys, copy the current key and paste it here.`,
    });
  }
  if (status === 401) {
    return new StripeSetupError({
      problem: "invalid_key",
      cause: error,
      message: `Stripe does not recognise this key. ${theirs}. Copy it again from Developers → API keys: the whole key, from the mode (test or live) you want.`,
    });
  }
  if (status === 403) {
    const permission = /Having the '([^']+)' permission/.exec(error.message)?.[1];
    const label = permission ? permissionLabel(permission) : undefined;
    const needed = permission ? (label ? `${label} (${permission})` : permission) : "a permission Stripe did not name";
    return new StripeSetupError({
      problem: "missing_permissions",
      cause: error,
      missingPermissions: permission ? [permission] : [],
      message: `This restricted key lacks ${needed}, which Conduit needs to ${action}. In Stripe, open Developers → API keys, edit the key and allow it, or use a secret key.`,
    });
  }
  if (status === 429 || status >= 500) {
    return new StripeSetupError({
      problem: "stripe_unavailable",
      cause: error,
      message: `Stripe could not ${action} right now (HTTP ${status}). ${theirs}. Try again in a minute.`,
    });
  }
  return new StripeSetupError({ problem: "rejected", cause: error, message: `Stripe refused to ${action} (HTTP ${status}). ${theirs}.` });
}
