// Errors raised around customerio-node calls, so that classifyCustomerioError can tell what failed.
import { CustomerIORequestError } from "customerio-node";
import { plainText, said, UserMessageError, type UserMessage } from "@/lib/i18n/user-message";

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
export class CustomerioPartialFailureError extends UserMessageError {
  readonly body: unknown;

  /** `messages`: Customer.io's own words for each failed part, kept as they are. */
  constructor({ messages, body }: { messages: string[]; body: unknown }) {
    super(said("runErrors.customerio.partiallyAccepted", { errors: messages.join("; ") }));
    this.name = "CustomerioPartialFailureError";
    this.body = body;
  }
}

/** The step's input cannot be sent as it is; retrying will not help. A string is taken as English text without a key. */
export class CustomerioInputError extends UserMessageError {
  constructor(message: UserMessage | string) {
    super(typeof message === "string" ? plainText(message) : message);
    this.name = "CustomerioInputError";
  }
}

function describe(cause: unknown): string {
  if (cause instanceof CustomerIORequestError) return `HTTP ${cause.statusCode} ${cause.message}`;
  return cause instanceof Error ? cause.message : String(cause);
}
