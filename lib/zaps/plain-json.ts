/** A deep copy as plain JSON: the Stripe SDK's answers carry a non-enumerable lastResponse, and catalog samples must not be shared. */
export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
