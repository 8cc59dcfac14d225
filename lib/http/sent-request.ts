// One HTTP request as a vendor SDK sent it, for the run history and the builder's test: method, full
// URL, headers and body exactly as handed to the transport, with credentials masked on the way in so
// a secret never reaches the database or the browser.
import { parseBody } from "@/lib/http/parse-body";
import type { JsonValue } from "@/lib/json-value";

// Types, not interfaces, so that they count as JsonValue (interfaces have no implicit index signature).
export type SentRequest = {
  method: string;
  url: string;
  /** In the SDK's order and spelling; credentials masked ("Basic ••••1234"). */
  headers: Record<string, string>;
  /** Parsed when the body is JSON, the text otherwise (e.g. form-encoded), null when there is none. */
  body: JsonValue;
};

/** What the vendor answered one request, when it answered. */
export type VendorResponse = {
  /** Null when the SDK does not expose it (customerio-node resolves any 2xx with the body alone). */
  status: number | null;
  /** Parsed JSON, or the text when it is not JSON; null when empty. */
  body: JsonValue;
};

/** A request and, once it came, its answer. */
export interface HttpExchange {
  request: SentRequest;
  response?: VendorResponse;
}

const MASK = "••••";

const SECRET_HEADER = /authorization|api[-_]?key|secret|token|cookie|signature/i;

export function sentRequest({
  method,
  url,
  headers,
  body,
}: {
  method: string;
  url: string;
  headers: Record<string, string | number | readonly string[] | undefined>;
  body: string | null | undefined;
}): SentRequest {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    masked[name] = SECRET_HEADER.test(name) ? maskCredential(text) : text;
  }
  return { method: method.toUpperCase(), url, headers: masked, body: parseBody(body) };
}

/** "Basic <base64 site:key>" → "Basic ••••<last 4 of the key>"; "Bearer sk_…" → "Bearer ••••<last 4>". */
function maskCredential(value: string): string {
  const [scheme, credential] = value.split(" ", 2);
  if (credential === undefined || scheme === undefined) return lastFour(value);
  if (scheme.toLowerCase() === "basic") {
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return `${scheme} ${lastFour(colon === -1 ? decoded : decoded.slice(colon + 1))}`;
  }
  return `${scheme} ${lastFour(credential)}`;
}

/** Short secrets lose everything: four characters of an eight-character key would be half of it. */
function lastFour(secret: string): string {
  return secret.length >= 12 ? `${MASK}${secret.slice(-4)}` : MASK;
}
