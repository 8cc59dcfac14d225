// The errors of connecting Stripe (checking a key, managing Conduit's webhook endpoint), each with
// a message for the Connections page that says what is wrong and what to do.
import Stripe from "stripe";
import { permissionLabel } from "@/lib/catalog/stripe/connection/stripe-key-permissions";
import { STRIPE_SETUP_ACTION_WORDS, type ConnectionError, type StripeSetupAction } from "@/lib/connections/connection-error";

export type StripeSetupProblem =
  "malformed_key" | "wrong_key_type" | "invalid_key" | "expired_key" | "missing_permissions" | "unreachable" | "stripe_unavailable" | "rejected";

export class StripeSetupError extends Error {
  readonly problem: StripeSetupProblem;
  /** For missing_permissions: Stripe's names of what the key lacks ("rak_charge_read"). */
  readonly missingPermissions: readonly string[];
  /** The message by code, for the connect form to word in the viewer's language. */
  readonly connectionError: ConnectionError;

  constructor({
    problem,
    message,
    connectionError,
    missingPermissions = [],
    cause,
  }: {
    problem: StripeSetupProblem;
    message: string;
    connectionError: ConnectionError;
    missingPermissions?: readonly string[];
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = "StripeSetupError";
    this.problem = problem;
    this.connectionError = connectionError;
    this.missingPermissions = missingPermissions;
  }
}

/** What the SDK threw while doing `action` ("checkKey"), as a StripeSetupError. */
export function stripeSetupErrorFrom({ error, action: actionKey }: { error: unknown; action: StripeSetupAction }): StripeSetupError {
  if (error instanceof StripeSetupError) return error;
  const action = STRIPE_SETUP_ACTION_WORDS[actionKey];
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const detail = error.detail instanceof Error ? error.detail.message : error.message;
    return new StripeSetupError({
      problem: "unreachable",
      cause: error,
      connectionError: { code: "stripe.unreachable", values: { action: actionKey, detail } },
      message: `Conduit could not reach Stripe to ${action} (${detail}). Check this server's internet access or proxy, then try again.`,
    });
  }
  if (!(error instanceof Stripe.errors.StripeError) || error.statusCode === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    return new StripeSetupError({
      problem: "stripe_unavailable",
      cause: error,
      connectionError: { code: "stripe.noAnswer", values: { action: actionKey, detail } },
      message: `Stripe gave no usable answer when Conduit tried to ${action} (${detail}). Try again in a minute.`,
    });
  }
  const status = error.statusCode;
  const theirs = `Stripe says: "${error.message}"`;
  if (status === 401 && error.code === "api_key_expired") {
    return new StripeSetupError({
      problem: "expired_key",
      cause: error,
      connectionError: { code: "stripe.keyExpired", values: { stripeMessage: error.message } },
      message: `This key has expired or was rolled. ${theirs}. In Stripe, open Developers → API keys, copy the current key and paste it here.`,
    });
  }
  if (status === 401) {
    return new StripeSetupError({
      problem: "invalid_key",
      cause: error,
      connectionError: { code: "stripe.keyRejected", values: { stripeMessage: error.message } },
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
      connectionError: permission
        ? { code: "stripe.permissionMissing", values: { action: actionKey, permission: label ? `${label} (${permission})` : permission } }
        : { code: "stripe.unnamedPermissionMissing", values: { action: actionKey } },
      message: `This restricted key lacks ${needed}, which Conduit needs to ${action}. In Stripe, open Developers → API keys, edit the key and allow it, or use a secret key.`,
    });
  }
  if (status === 429 || status >= 500) {
    return new StripeSetupError({
      problem: "stripe_unavailable",
      cause: error,
      connectionError: { code: "stripe.unavailable", values: { action: actionKey, status, stripeMessage: error.message } },
      message: `Stripe could not ${action} right now (HTTP ${status}). ${theirs}. Try again in a minute.`,
    });
  }
  return new StripeSetupError({
    problem: "rejected",
    cause: error,
    connectionError: { code: "stripe.refused", values: { action: actionKey, status, stripeMessage: error.message } },
    message: `Stripe refused to ${action} (HTTP ${status}). ${theirs}.`,
  });
}
