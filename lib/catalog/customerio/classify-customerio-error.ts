// Decides whether a failed Customer.io call is worth retrying, and says what went wrong in words a
// user can act on. Transient (nothing took effect): no connection could be made (refused, DNS, connect
// timeout, TLS), and answers 408, 429 and 503. Unknown (the request may have taken effect): a timeout
// or a connection closed before the answer, an answer that could not be read, and the other 5xx (a 500,
// 502 or 504 can come after Customer.io accepted the request, and its docs do not say otherwise).
// Permanent: the rest.
import { CustomerIORequestError, MissingParamError } from "customerio-node";
import { customerioErrorMessage } from "@/lib/catalog/customerio/customerio-error-message";
import { CustomerioCallError, CustomerioInputError, CustomerioPartialFailureError, type CustomerioApi } from "@/lib/catalog/customerio/customerio-errors";

export interface CustomerioErrorClassification {
  kind: "transient" | "permanent" | "unknown";
  /** The HTTP status Customer.io answered with, when it answered. */
  status?: number;
  /** For the user: what was wrong, with Customer.io's own message when it gave one. */
  message: string;
  /** How long Customer.io asked to wait (Retry-After), for a transient failure. */
  retryAfterMs?: number;
  /** Customer.io's response body (parsed JSON, or text), for the run history. */
  body?: unknown;
}

const CREDENTIALS_HINT: Record<CustomerioApi | "unknown", string> = {
  track: "Check the Track API key and site ID / region of the Customer.io connection.",
  app: "Check the App API key and region of the Customer.io connection.",
  unknown: "Check the Track API key and site ID / region of the Customer.io connection.",
};

const MISSING_PARAM_LABELS: Record<string, string> = {
  customerId: "The person ID or email",
  "data.name": "The event name",
  segmentId: "The segment ID",
  customerIds: "The list of people",
};

export function classifyCustomerioError({ error, now = Date.now() }: { error: unknown; now?: number }): CustomerioErrorClassification {
  const api = error instanceof CustomerioCallError ? error.api : "unknown";
  const cause = error instanceof CustomerioCallError ? error.cause : error;

  if (cause instanceof CustomerIORequestError) return classifyResponse({ error: cause, api, now });
  if (cause instanceof CustomerioPartialFailureError) return { kind: "permanent", status: 207, message: `${cause.message}.`, body: cause.body };
  if (cause instanceof CustomerioInputError) return { kind: "permanent", message: cause.message };
  if (cause instanceof MissingParamError) return { kind: "permanent", message: missingParamMessage(cause.message) };
  // The SDK's timeout covers the whole call, so it may fire after Customer.io took the request.
  if (isTimeout(cause)) return { kind: "unknown", message: "Customer.io did not answer in time; it may or may not have received the request." };
  if (cause instanceof TypeError && cause.message === "fetch failed") {
    const code = networkCode(cause);
    if (code !== undefined && NOTHING_SENT_CODES.has(code)) return { kind: "transient", message: `Could not reach Customer.io (${networkReason(cause)}).` };
    return {
      kind: "unknown",
      message: `The connection to Customer.io broke before it answered (${networkReason(cause)}); it may or may not have received the request.`,
    };
  }
  // The SDK throws this, without the status, when a response is not JSON: typically an error page
  // from a proxy or load balancer in front of Customer.io, which may or may not have passed the request on.
  if (cause instanceof Error && cause.message.startsWith("Unable to parse JSON")) {
    return { kind: "unknown", message: "Customer.io answered with something that is not JSON (often an outage or proxy error page)." };
  }
  const text = cause instanceof Error ? cause.message : String(cause);
  return { kind: "permanent", message: `Calling Customer.io failed: ${text}` };
}

function classifyResponse({ error, api, now }: { error: CustomerIORequestError; api: CustomerioApi | "unknown"; now: number }): CustomerioErrorClassification {
  const status = error.statusCode;
  const body = parseBody(error.body);
  const theirs = customerioErrorMessage(body);
  const quoted = theirs ? `: ${theirs}` : "";
  const base = { status, ...(body === undefined ? {} : { body }) };

  if (status === 401 || status === 403) {
    return { ...base, kind: "permanent", message: `Customer.io refused the credentials (HTTP ${status}${quoted}). ${CREDENTIALS_HINT[api]}` };
  }
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = retryAfter(error.response.headers["retry-after"], now);
    const wait = retryAfterMs === undefined ? "" : ` Customer.io asked to wait ${Math.ceil(retryAfterMs / 1000)} s.`;
    const what = status === 429 ? "is limiting the request rate" : status === 408 ? "timed out reading the request" : "had a server error";
    // 503 (unavailable) refuses the request; another server error may come from a gateway after it was passed on.
    const maybeTaken = status >= 500 && status !== 503;
    const message = `Customer.io ${what} (HTTP ${status}${quoted}).${maybeTaken ? " It may or may not have received the request." : ""}${wait}`;
    return { ...base, kind: maybeTaken ? "unknown" : "transient", message, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status === 404) {
    return {
      ...base,
      kind: "permanent",
      message: `Customer.io found nothing at this address (HTTP 404${quoted}). Check the IDs in this step and the connection's region.`,
    };
  }
  return { ...base, kind: "permanent", message: `Customer.io rejected the request (HTTP ${status}${quoted || ": no reason given"}).` };
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
function missingParamMessage(sdkMessage: string): string {
  const param = sdkMessage.replace(/ is required$/, "");
  const label = MISSING_PARAM_LABELS[param] ?? param;
  return `${label} is empty, and Customer.io needs it. Check what this step's input is mapped to.`;
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

function networkReason(error: TypeError): string {
  const cause = error.cause;
  if (typeof cause !== "object" || cause === null) return "network error";
  const code = "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  const message = "message" in cause && typeof cause.message === "string" ? cause.message : undefined;
  return [code, message].filter(Boolean).join(": ") || "network error";
}
