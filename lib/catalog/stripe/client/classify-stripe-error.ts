// Decides whether a failed Stripe call is worth retrying, and says what went wrong in words a user
// can act on, with Stripe's own message. Transient: connection errors and timeouts, 408, 409
// lock_timeout, 429 and 5xx. Permanent: other 4xx (400, 401, 402, 403, 404) and our own input errors.
import Stripe from "stripe";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";

export interface StripeErrorClassification {
  kind: "transient" | "permanent";
  /** The HTTP status Stripe answered with, when it answered. */
  status?: number;
  /** Stripe's error code ("resource_missing", "rate_limit", "api_key_expired", …). */
  code?: string;
  /** For the user: what was wrong and what to do, with Stripe's own message. */
  message: string;
  /** How long Stripe asked to wait (Retry-After), for a transient failure. */
  retryAfterMs?: number;
  /** The restricted-key permission Stripe said is missing ("rak_charge_read"). */
  permission?: string;
  /** A lookup found nothing and its option says stop: end the run as stopped, neither failed nor retried. */
  stop?: true;
}

const TRANSIENT_CONFLICTS = new Set(["lock_timeout", "idempotency_key_in_use"]);

export function classifyStripeError({ error, now = Date.now() }: { error: unknown; now?: number }): StripeErrorClassification {
  if (error instanceof StripeNotFoundError) return { kind: "permanent", code: "resource_missing", message: error.message, stop: true };
  if (error instanceof StripeLookupInputError) return { kind: "permanent", message: error.message };
  if (error instanceof Stripe.errors.StripeConnectionError) return { kind: "transient", message: connectionMessage(error) };
  if (!(error instanceof Stripe.errors.StripeError)) {
    return { kind: "permanent", message: `Calling Stripe failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  // The SDK throws this without a status when the body is not JSON: typically a proxy's error page.
  if (error.statusCode === undefined) {
    return error instanceof Stripe.errors.StripeAPIError
      ? { kind: "transient", message: "Stripe answered with something that is not JSON (often an outage or a proxy's error page)." }
      : { kind: "permanent", message: `Calling Stripe failed: ${error.message}` };
  }
  return classifyResponse({ error, status: error.statusCode, now });
}

function classifyResponse({ error, status, now }: { error: Stripe.errors.StripeError; status: number; now: number }): StripeErrorClassification {
  const theirs = error.message ? `: ${error.message}` : "";
  const base = { status, ...(error.code ? { code: error.code } : {}) };

  if (status === 408 || status === 429 || status >= 500 || error.code === "rate_limit" || (status === 409 && TRANSIENT_CONFLICTS.has(error.code ?? ""))) {
    const retryAfterMs = retryAfter(error.headers?.["retry-after"], now);
    const wait = retryAfterMs === undefined ? "" : ` Stripe asked to wait ${Math.ceil(retryAfterMs / 1000)} s.`;
    const what =
      status === 429 || error.code === "rate_limit"
        ? "is limiting the request rate"
        : status === 409
          ? "was busy with the same object"
          : status === 408
            ? "timed out"
            : "had a server error";
    return { ...base, kind: "transient", message: `Stripe ${what} (HTTP ${status}${theirs}).${wait}`, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 401) {
    return {
      ...base,
      kind: "permanent",
      message: `Stripe refused the connection's API key (HTTP 401${theirs}). Reconnect Stripe with a current secret or restricted key.`,
    };
  }
  if (status === 403) {
    const permission = /Having the '([^']+)' permission/.exec(error.message)?.[1];
    const fix = permission ? ` Edit the restricted key in Stripe (Developers → API keys) to grant ${permission}, or use a secret key.` : "";
    return {
      ...base,
      ...(permission ? { permission } : {}),
      kind: "permanent",
      message: `Stripe refused: the connection's key lacks a permission (HTTP 403${theirs}).${fix}`,
    };
  }
  if (status === 404) {
    const modes = /similar object exists in (live|test) mode/.test(error.message)
      ? " The ID belongs to the other mode (test or live) than the connection's key."
      : "";
    return { ...base, kind: "permanent", message: `Stripe found nothing (HTTP 404${theirs}).${modes}` };
  }
  if (status === 402) return { ...base, kind: "permanent", message: `Stripe declined the request (HTTP 402${theirs}).` };
  return { ...base, kind: "permanent", message: `Stripe rejected the request (HTTP ${status}${theirs || ": no reason given"}).` };
}

function connectionMessage(error: Stripe.errors.StripeConnectionError): string {
  if (error.message.startsWith("Request aborted due to timeout")) return `Stripe did not answer in time (${error.message}).`;
  const detail = error.detail;
  const code = detail instanceof Error && "code" in detail && typeof detail.code === "string" ? detail.code : undefined;
  const reason = [code, detail instanceof Error ? detail.message : undefined].filter(Boolean).join(": ");
  return `Could not reach Stripe${reason ? ` (${reason})` : ""}.`;
}

/** Retry-After is delay-seconds or an HTTP date. */
function retryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
