// Decides whether a failed Customer.io call is worth retrying, and says what went wrong in words a
// user can act on. Transient (nothing took effect): no connection could be made (refused, DNS, connect
// timeout, TLS), and answers 408, 429 and 503. Unknown (the request may have taken effect): a timeout
// or a connection closed before the answer, an answer that could not be read, and the other 5xx (a 500,
// 502 or 504 can come after Customer.io accepted the request, and its docs do not say otherwise).
// Permanent: the rest.
import { CustomerIORequestError, MissingParamError } from "customerio-node";
import { customerioErrorMessage } from "@/lib/catalog/customerio/customerio-error-message";
import { CustomerioCallError, CustomerioInputError, CustomerioPartialFailureError, type CustomerioApi } from "@/lib/catalog/customerio/customerio-errors";
import type { MessageKey } from "@/lib/i18n/message-key";
import { errorUserMessage, messageFields, plainText, said, type UserMessage } from "@/lib/i18n/user-message";

export interface CustomerioErrorClassification {
  kind: "transient" | "permanent" | "unknown";
  /** The HTTP status Customer.io answered with, when it answered. */
  status?: number;
  /** For the user, in English (logs, the API, the `error` columns): what was wrong, with Customer.io's own message when it gave one. */
  message: string;
  /** The same as a message key, shown in the viewer's language; Customer.io's own message stays in its words. */
  userMessage: UserMessage;
  /** How long Customer.io asked to wait (Retry-After), for a transient failure. */
  retryAfterMs?: number;
  /** Customer.io's response body (parsed JSON, or text), for the run history. */
  body?: unknown;
}

/** What the SDK calls a value it needs ("customerId is required"), as the step's user knows it. */
const MISSING_PARAM_LABELS: Record<string, MessageKey> = {
  customerId: "runErrors.customerio.paramPersonId",
  "data.name": "runErrors.customerio.paramEventName",
  segmentId: "runErrors.customerio.paramSegmentId",
  customerIds: "runErrors.customerio.paramPeople",
};

export function classifyCustomerioError({ error, now = Date.now() }: { error: unknown; now?: number }): CustomerioErrorClassification {
  const api = error instanceof CustomerioCallError ? error.api : "unknown";
  const cause = error instanceof CustomerioCallError ? error.cause : error;

  if (cause instanceof CustomerIORequestError) return classifyResponse({ error: cause, api, now });
  if (cause instanceof CustomerioPartialFailureError) return { kind: "permanent", status: 207, ...messageFields(cause.userMessage), body: cause.body };
  if (cause instanceof CustomerioInputError) return { kind: "permanent", ...messageFields(cause.userMessage) };
  if (cause instanceof MissingParamError) return { kind: "permanent", ...messageFields(missingParamMessage(cause.message)) };
  // The SDK's timeout covers the whole call, so it may fire after Customer.io took the request.
  if (isTimeout(cause)) return { kind: "unknown", ...messageFields(said("runErrors.customerio.noAnswerInTime")) };
  if (cause instanceof TypeError && cause.message === "fetch failed") {
    const code = networkCode(cause);
    if (code !== undefined && NOTHING_SENT_CODES.has(code)) {
      return { kind: "transient", ...messageFields(said("runErrors.customerio.unreachable", { reason: networkReason(cause) })) };
    }
    return { kind: "unknown", ...messageFields(said("runErrors.customerio.connectionBroke", { reason: networkReason(cause) })) };
  }
  // The SDK throws this, without the status, when a response is not JSON: typically an error page
  // from a proxy or load balancer in front of Customer.io, which may or may not have passed the request on.
  if (cause instanceof Error && cause.message.startsWith("Unable to parse JSON")) {
    return { kind: "unknown", ...messageFields(said("runErrors.customerio.notJson")) };
  }
  return { kind: "permanent", ...messageFields(said("runErrors.customerio.callFailed", { reason: errorUserMessage(cause) })) };
}

function classifyResponse({ error, api, now }: { error: CustomerIORequestError; api: CustomerioApi | "unknown"; now: number }): CustomerioErrorClassification {
  const status = error.statusCode;
  const body = parseBody(error.body);
  const theirs = customerioErrorMessage(body);
  // "HTTP 400: <Customer.io's own words>", or "HTTP 400" when it gave none.
  const answer = theirs ? said("runErrors.customerio.answerWithReason", { status, reason: theirs }) : said("runErrors.customerio.answer", { status });
  const base = { status, ...(body === undefined ? {} : { body }) };

  if (status === 401 || status === 403) {
    return { ...base, kind: "permanent", ...messageFields(said("runErrors.customerio.refusedCredentials", { answer, api })) };
  }
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = retryAfter(error.response.headers["retry-after"], now);
    // 503 (unavailable) refuses the request; another server error may come from a gateway after it was passed on.
    const maybeTaken = status >= 500 && status !== 503;
    const problem =
      status === 429
        ? said("runErrors.customerio.rateLimited", { answer })
        : status === 408
          ? said("runErrors.customerio.timedOutReading", { answer })
          : maybeTaken
            ? said("runErrors.customerio.serverErrorMaybeReceived", { answer })
            : said("runErrors.customerio.serverError", { answer });
    const message = retryAfterMs === undefined ? problem : said("runErrors.customerio.retryAfter", { problem, seconds: Math.ceil(retryAfterMs / 1000) });
    return { ...base, kind: maybeTaken ? "unknown" : "transient", ...messageFields(message), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 404) {
    return { ...base, kind: "permanent", ...messageFields(said("runErrors.customerio.notFound", { answer })) };
  }
  const rejected = theirs ? answer : said("runErrors.customerio.answerNoReason", { status });
  return { ...base, kind: "permanent", ...messageFields(said("runErrors.customerio.rejected", { answer: rejected })) };
}

/** Retry-After is delay-seconds or an HTTP date. */
function retryAfter(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseBody(raw: string | undefined): unknown {
  if (raw === undefined || raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The SDK says "customerId is required" when a value it needs is empty. */
function missingParamMessage(sdkMessage: string): UserMessage {
  const param = sdkMessage.replace(/ is required$/, "");
  const label = MISSING_PARAM_LABELS[param];
  return said("runErrors.customerio.missingParam", { what: label === undefined ? param : said(label) });
}

function isTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && "name" in error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** Failures before a connection existed: no byte of the request left Conduit. */
const NOTHING_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

function networkCode(error: TypeError): string | undefined {
  const cause = error.cause;
  return typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
}

/** "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:443" (Node's own words), or "network error" when it gave none. */
function networkReason(error: TypeError): UserMessage {
  const cause = error.cause;
  const code = typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  const message = typeof cause === "object" && cause !== null && "message" in cause && typeof cause.message === "string" ? cause.message : undefined;
  const reason = [code, message].filter(Boolean).join(": ");
  return reason === "" ? said("runErrors.customerio.networkError") : plainText(reason);
}
