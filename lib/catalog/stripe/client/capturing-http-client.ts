// Stripe's own Node HTTP client, wrapped to record each request exactly as the SDK hands it over
// (method, URL, headers, form-encoded body) and the status and JSON of its answer. In a dry run the
// request is recorded and not sent.
import Stripe from "stripe";
import { RequestNotSentError } from "@/lib/http/request-not-sent-error";
import { sentRequest, type HttpExchange, type VendorResponse } from "@/lib/http/sent-request";
import type { JsonValue } from "@/lib/json-value";

export function capturingHttpClient({
  exchanges,
  dryRun = false,
  beforeSend,
}: {
  exchanges: HttpExchange[];
  dryRun?: boolean;
  /** Awaited before a request is sent (not in a dry run), e.g. for a rate limit. */
  beforeSend?: (method: string) => Promise<void>;
}): Stripe.HttpClient {
  const inner = Stripe.createNodeHttpClient();
  return {
    getClientName: () => inner.getClientName(),
    async makeRequest(host, port, path, method, headers, requestData, protocol, timeout) {
      const exchange: HttpExchange = { request: sentRequest({ method, url: urlOf(protocol, host, port, path), headers, body: requestData }) };
      exchanges.push(exchange);
      if (dryRun) throw new RequestNotSentError();
      await beforeSend?.(method);
      const response = await inner.makeRequest(host, port, path, method, headers, requestData, protocol, timeout);
      const answer: VendorResponse = { status: response.getStatusCode(), body: null };
      exchange.response = answer;
      const toJSON = response.toJSON.bind(response);
      response.toJSON = async () => {
        const body: unknown = await toJSON();
        answer.body = body as JsonValue;
        return body;
      };
      return response;
    },
  };
}

function urlOf(protocol: string, host: string, port: string | number, path: string): string {
  const defaultPort = protocol === "https" ? "443" : "80";
  const hostPart = host.includes(":") ? `[${host}]` : host;
  return `${protocol}://${hostPart}${String(port) === defaultPort ? "" : `:${port}`}${path}`;
}
