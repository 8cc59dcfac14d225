// Every customerio-node call goes through here: the SDK throws synchronously on an empty identifier
// or event name, resolves a 207 partial failure as success, and its errors do not say which API
// failed. Here all three become one rejected CustomerioCallError.
import { CustomerioCallError, CustomerioPartialFailureError, type CustomerioApi } from "@/lib/catalog/customerio/customerio-errors";

export async function callCustomerio<T>({ api, operation, call }: { api: CustomerioApi; operation: string; call: () => Promise<T> }): Promise<T> {
  let result: T;
  try {
    // Inside this async function, a synchronous throw from call() is caught like a rejection.
    result = await call();
  } catch (error) {
    throw new CustomerioCallError({ api, operation, cause: error });
  }
  const failures = partialFailures(result);
  if (failures.length > 0) {
    throw new CustomerioCallError({ api, operation, cause: new CustomerioPartialFailureError({ messages: failures, body: result }) });
  }
  return result;
}

/** The `errors` list of a 207 body: `{ errors: [{ batch_index, reason, field, message }] }`. */
function partialFailures(body: unknown): string[] {
  if (typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors)) return [];
  return body.errors.map((error: unknown) => {
    if (typeof error === "string") return error;
    if (typeof error !== "object" || error === null) return String(error);
    const { reason, field, message } = error as Record<string, unknown>;
    return [field, reason, message].filter((part) => typeof part === "string" && part !== "").join(": ") || JSON.stringify(error);
  });
}
