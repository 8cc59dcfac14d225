// Stripe's error answers: `{ error: { type, message, code?, param?, doc_url? } }` with the status
// Stripe uses for each case.

export interface StandInAnswer {
  status: number;
  /** JSON-encoded unless a string (sent as is, for proxy-style error pages). */
  body: unknown;
  headers?: Record<string, string>;
}

export interface StripeErrorOptions {
  status: number;
  message: string;
  type?: "invalid_request_error" | "api_error" | "card_error" | "idempotency_error";
  code?: string;
  param?: string;
  headers?: Record<string, string>;
}

export function stripeError({ status, message, type = "invalid_request_error", code, param, headers }: StripeErrorOptions): StandInAnswer {
  const error: Record<string, string> = { type, message };
  if (code) {
    error.code = code;
    error.doc_url = `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}`;
  }
  if (param) error.param = param;
  return { status, body: { error }, ...(headers ? { headers } : {}) };
}

/** "No such customer: 'cus_x'", adding Stripe's hint when the id exists in the other mode. */
export function resourceMissing({
  label,
  id,
  param = "id",
  status = 404,
  inOtherMode = false,
  livemode = false,
}: {
  label: string;
  id: string;
  param?: string;
  status?: number;
  inOtherMode?: boolean;
  livemode?: boolean;
}): StandInAnswer {
  const hint = inOtherMode
    ? `; a similar object exists in ${livemode ? "test" : "live"} mode, but a ${livemode ? "live" : "test"} mode key was used to make this request.`
    : "";
  return stripeError({ status, code: "resource_missing", param, message: `No such ${label}: '${id}'${hint}` });
}

export function badParameter(param: string, message: string): StandInAnswer {
  return stripeError({ status: 400, param, message });
}

export function missingParameter(param: string): StandInAnswer {
  return stripeError({ status: 400, code: "parameter_missing", param, message: `Missing required param: ${param}.` });
}

export function unknownParameter(param: string): StandInAnswer {
  return stripeError({ status: 400, code: "parameter_unknown", param, message: `Received unknown parameter: ${param}` });
}

export function unrecognizedUrl(method: string, path: string): StandInAnswer {
  return stripeError({
    status: 404,
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

/** What Stripe answers with for a status a test scripts without a body. */
export function defaultFailure(status: number): StandInAnswer {
  if (status === 429) {
    return stripeError({
      status,
      code: "rate_limit",
      message: "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
    });
  }
  if (status === 409) {
    return stripeError({
      status,
      code: "lock_timeout",
      message:
        "This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.",
    });
  }
  if (status >= 500) return stripeError({ status, type: "api_error", message: "An unknown error occurred" });
  return stripeError({ status, message: `Scripted failure (HTTP ${status}).` });
}
