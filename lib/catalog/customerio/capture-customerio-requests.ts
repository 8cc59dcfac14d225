// Records every request a Customer.io client sends, exactly as customerio-node hands it to fetch
// (method, URL, headers, JSON body), with the answer when one came. It wraps the public `handler`
// of the SDK's request object, which every call goes through; the SDK's retries are off, so one
// handler call is one HTTP request. In a dry run the request is recorded and not sent.
import { CustomerIORequestError } from "customerio-node";
import type { CustomerioClient } from "@/lib/catalog/customerio/create-customerio-client";
import { parseBody } from "@/lib/http/parse-body";
import { RequestNotSentError } from "@/lib/http/request-not-sent-error";
import { sentRequest, type HttpExchange } from "@/lib/http/sent-request";
import type { JsonValue } from "@/lib/json-value";

type SdkRequest = CustomerioClient["track"]["request"];

export function captureCustomerioRequests({
  client,
  exchanges,
  dryRun = false,
}: {
  client: CustomerioClient;
  /** Each request is appended here before it is sent; its response is added when it comes. */
  exchanges: HttpExchange[];
  dryRun?: boolean;
}): CustomerioClient {
  wrap(client.track.request, exchanges, dryRun);
  if (client.app) wrap(client.app.request, exchanges, dryRun);
  return client;
}

function wrap(request: SdkRequest, exchanges: HttpExchange[], dryRun: boolean): void {
  const send = request.handler.bind(request);
  request.handler = async (options, ...internal) => {
    const body = typeof options.body === "string" || options.body === null || options.body === undefined ? options.body : "[multipart form data]";
    const exchange: HttpExchange = { request: sentRequest({ method: options.method, url: options.uri, headers: options.headers, body }) };
    exchanges.push(exchange);
    if (dryRun) throw new RequestNotSentError();
    try {
      const answer = await send(options, ...internal);
      exchange.response = { status: null, body: answer as JsonValue };
      return answer;
    } catch (error) {
      if (error instanceof CustomerIORequestError) exchange.response = { status: error.statusCode, body: parseBody(error.body) };
      throw error;
    }
  };
}
