// Decides whether a failed Stripe call is worth retrying, and says what went wrong in words a user
// can act on, with Stripe's own message. Transient: connection errors and timeouts, 408, 409
// lock_timeout, 429 and 5xx. Permanent: other 4xx (400, 401, 402, 403, 404) and our own input errors.
// Each explanation is a UserMessage (runErrors.stripe.*) shown in the viewer's language, beside its
// English `message`; Stripe's own message stays as Stripe wrote it.
import Stripe from "stripe";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import { messageFields, said, type UserMessage } from "@/lib/i18n/user-message";

export interface StripeErrorClassification {
  kind: "transient" | "permanent";
  /** The HTTP status Stripe answered with, when it answered. */
  status?: number;
  /** Stripe's error code ("resource_missing", "rate_limit", "api_key_expired", …). */
  code?: string;
  /** For the user, in English (logs, the API, the `error` columns): what was wrong and what to do, with Stripe's own message. */
  message: string;
  /** The same, to show in the viewer's language. */
  userMessage: UserMessage;
  /** How long Stripe asked to wait (Retry-After), for a transient failure. */
  retryAfterMs?: number;
  /** The restricted-key permission Stripe said is missing ("rak_charge_read"). */
  permission?: string;
  /** A lookup found nothing and its option says stop: end the run as stopped, neither failed nor retried. */
  stop?: true;
}

const TRANSIENT_CONFLICTS = new Set(["lock_timeout", "idempotency_key_in_use"]);

export function classifyStripeError({ error, now = Date.now() }: { error: unknown; now?: number }): StripeErrorClassification {
  if (error instanceof StripeNotFoundError) return { kind: "permanent", code: "resource_missing", ...messageFields(error.userMessage), stop: true };
  if (error instanceof StripeLookupInputError) return { kind: "permanent", ...messageFields(error.userMessage) };
  if (error instanceof Stripe.errors.StripeConnectionError) return { kind: "transient", ...messageFields(connectionMessage(error)) };
  if (!(error instanceof Stripe.errors.StripeError)) {
    return { kind: "permanent", ...messageFields(said("runErrors.stripe.callFailed", { reason: error instanceof Error ? error.message : String(error) })) };
  }
  // The SDK throws this without a status when the body is not JSON: typically a proxy's error page.
  if (error.statusCode === undefined) {
    return error instanceof Stripe.errors.StripeAPIError
      ? { kind: "transient", ...messageFields(said("runErrors.stripe.notJson")) }
      : { kind: "permanent", ...messageFields(said("runErrors.stripe.callFailed", { reason: error.message })) };
  }
  return classifyResponse({ error, status: error.statusCode, now });
}

function classifyResponse({ error, status, now }: { error: Stripe.errors.StripeError; status: number; now: number }): StripeErrorClassification {
  // "HTTP 404: No such customer: 'cus_X'", with Stripe's own words as they are.
  const http = error.message ? said("runErrors.stripe.httpSaying", { status, stripeMessage: error.message }) : said("runErrors.stripe.http", { status });
  const base = { status, ...(error.code ? { code: error.code } : {}) };

  if (status === 408 || status === 429 || status >= 500 || error.code === "rate_limit" || (status === 409 && TRANSIENT_CONFLICTS.has(error.code ?? ""))) {
    const retryAfterMs = retryAfter(error.headers?.["retry-after"], now);
    const what = status === 429 || error.code === "rate_limit" ? "rateLimited" : status === 409 ? "busy" : status === 408 ? "timedOut" : "serverError";
    const sentence = said("runErrors.stripe.transient", { what, http });
    const message = retryAfterMs === undefined ? sentence : said("runErrors.stripe.retryAfter", { message: sentence, seconds: Math.ceil(retryAfterMs / 1000) });
    return { ...base, kind: "transient", ...messageFields(message), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 401) return { ...base, kind: "permanent", ...messageFields(said("runErrors.stripe.keyRefused", { http })) };
  if (status === 403) {
    const permission = /Having the '([^']+)' permission/.exec(error.message)?.[1];
    return {
      ...base,
      ...(permission ? { permission } : {}),
      kind: "permanent",
      ...messageFields(
        permission ? said("runErrors.stripe.permissionMissingNamed", { http, permission }) : said("runErrors.stripe.permissionMissing", { http }),
      ),
    };
  }
  if (status === 404) {
    const otherMode = /similar object exists in (live|test) mode/.test(error.message);
    return {
      ...base,
      kind: "permanent",
      ...messageFields(otherMode ? said("runErrors.stripe.notFoundOtherMode", { http }) : said("runErrors.stripe.notFound", { http })),
    };
  }
  if (status === 402) return { ...base, kind: "permanent", ...messageFields(said("runErrors.stripe.declined", { http })) };
  const stated = error.message ? http : said("runErrors.stripe.httpNoReason", { status });
  return { ...base, kind: "permanent", ...messageFields(said("runErrors.stripe.rejected", { http: stated })) };
}

function connectionMessage(error: Stripe.errors.StripeConnectionError): UserMessage {
  if (error.message.startsWith("Request aborted due to timeout")) return said("runErrors.stripe.noAnswerInTime", { detail: error.message });
  const detail = error.detail;
  const code = detail instanceof Error && "code" in detail && typeof detail.code === "string" ? detail.code : undefined;
  const reason = [code, detail instanceof Error ? detail.message : undefined].filter(Boolean).join(": ");
  return reason ? said("runErrors.stripe.unreachableBecause", { reason }) : said("runErrors.stripe.unreachable");
}

/** Retry-After is delay-seconds or an HTTP date. */
function retryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
