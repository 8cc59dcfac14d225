// Errors raised around customerio-node calls, so that classifyCustomerioError can tell what failed.
import { CustomerIORequestError } from "customerio-node";

export type CustomerioApi = "track" | "app";

/** A call to Customer.io failed; `cause` is what the SDK (or fetch) threw. */
export class CustomerioCallError extends Error {
  readonly api: CustomerioApi;
  readonly operation: string;

  constructor({ api, operation, cause }: { api: CustomerioApi; operation: string; cause: unknown }) {
    super(`${operation} failed: ${describe(cause)}`, { cause });
    this.name = "CustomerioCallError";
    this.api = api;
    this.operation = operation;
  }
}

/** A 2xx answer that reports errors for part of the request (Customer.io's 207); the SDK resolves those as success. */
export class CustomerioPartialFailureError extends Error {
  readonly body: unknown;

  constructor({ messages, body }: { messages: string[]; body: unknown }) {
    super(`Customer.io accepted only part of the request: ${messages.join("; ")}`);
    this.name = "CustomerioPartialFailureError";
    this.body = body;
  }
}

/** The step's input cannot be sent as it is; retrying will not help. */
export class CustomerioInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CustomerioInputError";
  }
}

function describe(cause: unknown): string {
  if (cause instanceof CustomerIORequestError) return `HTTP ${cause.statusCode} ${cause.message}`;
  return cause instanceof Error ? cause.message : String(cause);
}
